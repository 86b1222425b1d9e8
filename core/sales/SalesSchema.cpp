#include "sales/SalesSchema.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct SalesSchemaTr {
    Q_DECLARE_TR_FUNCTIONS(patron::SalesSchema)
};

void salesSchema(Database& db)
{
    db.exec(R"sql(
-- The open cart is saved on every change (a power cut loses nothing); held carts (挂单) are
-- carts with status 'held'. A cart's uuid becomes its sale's uuid, which makes paying idempotent.
CREATE TABLE carts (
  id                   INTEGER PRIMARY KEY,
  uuid                 BLOB NOT NULL UNIQUE,
  status               TEXT NOT NULL CHECK (status IN ('open','held','completed','voided')),
  cashier              TEXT NOT NULL,
  member_id            INTEGER,
  hold_note            TEXT,
  order_discount_bp    INTEGER NOT NULL DEFAULT 0,
  order_discount_minor INTEGER NOT NULL DEFAULT 0,
  coupons              TEXT NOT NULL DEFAULT '',
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
);
CREATE INDEX carts_status ON carts(status);

CREATE TABLE cart_lines (
  id                  INTEGER PRIMARY KEY,
  cart_id             INTEGER NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
  position            INTEGER NOT NULL,
  product_id          INTEGER NOT NULL REFERENCES products(id),
  qty_milli           INTEGER NOT NULL CHECK (qty_milli > 0),
  price_source        TEXT NOT NULL CHECK (price_source IN ('list','override','label','open')),
  unit_price_minor    INTEGER NOT NULL CHECK (unit_price_minor >= 0),
  label_amount_minor  INTEGER,
  discount_bp         INTEGER NOT NULL DEFAULT 0,
  discount_minor      INTEGER NOT NULL DEFAULT 0,
  scanned_code        TEXT,
  authorized_by       TEXT
);
CREATE INDEX cart_lines_cart ON cart_lines(cart_id, position);

CREATE TABLE promotions (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL UNIQUE,
  name               TEXT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('percent','amount','multibuy','buy_x_get_y')),
  scope              TEXT NOT NULL CHECK (scope IN ('product','category')),
  target_id          INTEGER NOT NULL,
  percent_bp         INTEGER NOT NULL DEFAULT 0,
  amount_minor       INTEGER NOT NULL DEFAULT 0,
  buy_qty            INTEGER NOT NULL DEFAULT 0,
  get_qty            INTEGER NOT NULL DEFAULT 0,
  bundle_price_minor INTEGER NOT NULL DEFAULT 0,
  starts_at          TEXT,
  ends_at            TEXT,
  weekdays           TEXT NOT NULL DEFAULT '1234567',
  time_from          TEXT,
  time_to            TEXT,
  member_only        INTEGER NOT NULL DEFAULT 0,
  active             INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL
);
CREATE INDEX promotions_target ON promotions(scope, target_id) WHERE active = 1;

-- Gapless per till and epoch: the next number is taken inside the checkout transaction.
CREATE TABLE receipt_sequences (
  epoch    INTEGER PRIMARY KEY,
  last_seq INTEGER NOT NULL
);

CREATE TABLE shifts (
  id             INTEGER PRIMARY KEY,
  uuid           BLOB NOT NULL UNIQUE,
  cashier        TEXT NOT NULL,
  business_day   TEXT NOT NULL,
  opened_at      TEXT NOT NULL,
  float_minor    INTEGER NOT NULL,
  closed_at      TEXT,
  counted_minor  INTEGER,
  expected_minor INTEGER
);
CREATE INDEX shifts_open ON shifts(id) WHERE closed_at IS NULL;

CREATE TABLE cash_movements (
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL UNIQUE,
  shift_id     INTEGER NOT NULL REFERENCES shifts(id),
  kind         TEXT NOT NULL CHECK (kind IN ('in','out')),
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  reason       TEXT NOT NULL,
  user_name    TEXT NOT NULL,
  at           TEXT NOT NULL
);

CREATE TABLE sales (
  id                INTEGER PRIMARY KEY,
  uuid              BLOB NOT NULL UNIQUE,
  receipt_no        TEXT NOT NULL UNIQUE,
  kind              TEXT NOT NULL CHECK (kind IN ('sale','return')),
  original_sale_id  INTEGER REFERENCES sales(id),
  business_day      TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  cashier           TEXT NOT NULL,
  shift_id          INTEGER REFERENCES shifts(id),
  member_id         INTEGER,
  subtotal_minor    INTEGER NOT NULL,   -- list amounts before any discount
  discount_minor    INTEGER NOT NULL,   -- every discount, rounding (抹零) included
  rounding_minor    INTEGER NOT NULL,
  total_minor       INTEGER NOT NULL,   -- what was due; negative for a return
  change_minor      INTEGER NOT NULL DEFAULT 0,
  items_milli       INTEGER NOT NULL,
  reason            TEXT,
  authorized_by     TEXT,
  loyalty           TEXT NOT NULL DEFAULT '{}'  -- points earned/used, balances (for the receipt)
);
CREATE INDEX sales_day ON sales(business_day);
CREATE INDEX sales_member ON sales(member_id) WHERE member_id IS NOT NULL;
CREATE INDEX sales_original ON sales(original_sale_id) WHERE original_sale_id IS NOT NULL;

-- A snapshot of what was sold (name, category, cost, tax copied at sale time) and how its price
-- was made up. net_minor is what the customer paid for the line.
CREATE TABLE sale_lines (
  id                    INTEGER PRIMARY KEY,
  uuid                  BLOB NOT NULL UNIQUE,
  sale_id               INTEGER NOT NULL REFERENCES sales(id),
  line_no               INTEGER NOT NULL,
  product_id            INTEGER,
  sku                   TEXT NOT NULL,
  name                  TEXT NOT NULL,
  category_id           INTEGER,
  unit                  TEXT NOT NULL,
  qty_milli             INTEGER NOT NULL,
  unit_price_minor      INTEGER NOT NULL,
  list_minor            INTEGER NOT NULL,
  promo_discount_minor  INTEGER NOT NULL,
  line_discount_minor   INTEGER NOT NULL,
  order_discount_minor  INTEGER NOT NULL,
  rounding_minor        INTEGER NOT NULL,
  net_minor             INTEGER NOT NULL,
  unit_cost_minor       INTEGER NOT NULL,
  tax_bp                INTEGER NOT NULL,
  promotion             TEXT,
  original_line_id      INTEGER REFERENCES sale_lines(id),
  UNIQUE (sale_id, line_no)
);
CREATE INDEX sale_lines_original ON sale_lines(original_line_id) WHERE original_line_id IS NOT NULL;

CREATE TABLE sale_payments (
  id             INTEGER PRIMARY KEY,
  uuid           BLOB NOT NULL UNIQUE,
  sale_id        INTEGER NOT NULL REFERENCES sales(id),
  seq            INTEGER NOT NULL,
  tender         TEXT NOT NULL,
  amount_minor   INTEGER NOT NULL,   -- applied to the sale (cash: tendered minus change)
  tendered_minor INTEGER NOT NULL,
  points         INTEGER NOT NULL DEFAULT 0,
  reference      TEXT,               -- terminal/transaction reference, masked payment code; never card data
  details        TEXT NOT NULL DEFAULT '{}',
  original_payment_id INTEGER REFERENCES sale_payments(id)  -- a refund: the payment it gives back
);
CREATE INDEX sale_payments_sale ON sale_payments(sale_id);

-- Each line's share of each payment (largest remainder), so a return refunds exactly what that
-- line paid, tender by tender, to the fen and the point.
CREATE TABLE sale_line_tenders (
  sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
  payment_id   INTEGER NOT NULL REFERENCES sale_payments(id),
  amount_minor INTEGER NOT NULL,
  points       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (sale_line_id, payment_id)
) WITHOUT ROWID;

CREATE TABLE sale_coupons (
  sale_id        INTEGER NOT NULL REFERENCES sales(id),
  code           TEXT NOT NULL,
  discount_minor INTEGER NOT NULL,
  PRIMARY KEY (sale_id, code)
) WITHOUT ROWID;

CREATE TABLE z_reports (
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL UNIQUE,
  business_day TEXT NOT NULL UNIQUE,
  closed_at    TEXT NOT NULL,
  closed_by    TEXT NOT NULL,
  report       TEXT NOT NULL
);

-- Summary tables, maintained in the checkout and return transactions. A GROUP BY over millions
-- of encrypted sale lines takes seconds on this SQLite; these answer reports in milliseconds.
CREATE TABLE sum_day (
  business_day   TEXT PRIMARY KEY,
  sales          INTEGER NOT NULL DEFAULT 0,
  returns        INTEGER NOT NULL DEFAULT 0,
  list_minor     INTEGER NOT NULL DEFAULT 0,
  discount_minor INTEGER NOT NULL DEFAULT 0,
  net_minor      INTEGER NOT NULL DEFAULT 0,
  returns_minor  INTEGER NOT NULL DEFAULT 0,
  cost_minor     INTEGER NOT NULL DEFAULT 0,
  items_milli    INTEGER NOT NULL DEFAULT 0,
  member_sales   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sum_hour (
  business_day TEXT NOT NULL,
  hour         INTEGER NOT NULL,
  sales        INTEGER NOT NULL DEFAULT 0,
  net_minor    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (business_day, hour)
) WITHOUT ROWID;
CREATE TABLE sum_category (
  business_day TEXT NOT NULL,
  category_id  INTEGER NOT NULL,
  qty_milli    INTEGER NOT NULL DEFAULT 0,
  net_minor    INTEGER NOT NULL DEFAULT 0,
  cost_minor   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (business_day, category_id)
) WITHOUT ROWID;
CREATE TABLE sum_cashier (
  business_day TEXT NOT NULL,
  cashier      TEXT NOT NULL,
  sales        INTEGER NOT NULL DEFAULT 0,
  net_minor    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (business_day, cashier)
) WITHOUT ROWID;
CREATE TABLE sum_tender (
  business_day TEXT NOT NULL,
  tender       TEXT NOT NULL,
  count        INTEGER NOT NULL DEFAULT 0,
  amount_minor INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (business_day, tender)
) WITHOUT ROWID;
CREATE TABLE sum_product_month (
  month      TEXT NOT NULL,
  product_id INTEGER NOT NULL,
  qty_milli  INTEGER NOT NULL DEFAULT 0,
  net_minor  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (month, product_id)
) WITHOUT ROWID;
)sql");
}

void salesReportIndexes(Database& db)
{
    db.exec(R"sql(
-- The drawer's expected cash sums the shift's cash payments: without this a close or an X report
-- reads every sale ever made (about a second on a year of a busy store).
CREATE INDEX sales_shift ON sales(shift_id) WHERE shift_id IS NOT NULL;
-- X/Z reports count the day's voided carts from the audit log.
CREATE INDEX audit_log_action_at ON audit_log(action, at);
)sql");
}

void productMonthByProduct(Database& db)
{
    // A ranking over a year sums ~13 months per product: keyed by (month, product) that was a
    // scan plus a sort of every row into a temporary b-tree; keyed by (product, month) the rows
    // arrive grouped and the sort goes (half the time on a 200,000-product store). The checkout's
    // upkeep seeks by both columns, so it is unaffected.
    db.exec(R"sql(
CREATE TABLE sum_product_month_by_product (
  product_id INTEGER NOT NULL,
  month      TEXT NOT NULL,
  qty_milli  INTEGER NOT NULL DEFAULT 0,
  net_minor  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, month)
) WITHOUT ROWID;
INSERT INTO sum_product_month_by_product(product_id, month, qty_milli, net_minor)
  SELECT product_id, month, qty_milli, net_minor FROM sum_product_month ORDER BY product_id, month;
DROP TABLE sum_product_month;
ALTER TABLE sum_product_month_by_product RENAME TO sum_product_month;
)sql");
}

void summariesInFewerPages(Database& db)
{
    // A checkout used to dirty a leaf page in each of six summary tables, and SQLCipher encrypts
    // and MACs every dirty page on commit. Now:
    // - The per-day figures (day, hour, cashier, tender, category) live in ONE table keyed by
    //   business day first: a day's ~150 rows sit on two or three adjacent pages, and one sale's
    //   updates land there. The old tables' names stay, as views, so readers are unchanged.
    // - sum_product_month is no longer written by the sale (its five products are five random
    //   pages of a table of millions of rows): ProductMonthRollup adds the sale lines up after
    //   the sale, and sum_rollups keeps the last line counted. Every line so far is.
    db.exec(R"sql(
CREATE TABLE sum_daily (
  business_day   TEXT NOT NULL,
  kind           TEXT NOT NULL,   -- c category, d day, h hour, k cashier, t tender
  key            NOT NULL,        -- '' (day), category id, hour, cashier name, tender code
  n              INTEGER NOT NULL DEFAULT 0,  -- sales (day, hour, cashier), payments (tender)
  returns        INTEGER NOT NULL DEFAULT 0,
  list_minor     INTEGER NOT NULL DEFAULT 0,
  discount_minor INTEGER NOT NULL DEFAULT 0,
  net_minor      INTEGER NOT NULL DEFAULT 0,  -- the amount, for a tender
  returns_minor  INTEGER NOT NULL DEFAULT 0,
  cost_minor     INTEGER NOT NULL DEFAULT 0,
  items_milli    INTEGER NOT NULL DEFAULT 0,  -- the quantity, for a category
  member_sales   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (business_day, kind, key)
) WITHOUT ROWID;
INSERT INTO sum_daily(business_day, kind, key, n, returns, list_minor, discount_minor, net_minor, returns_minor, cost_minor,
                      items_milli, member_sales)
  SELECT business_day, 'd', '', sales, returns, list_minor, discount_minor, net_minor, returns_minor, cost_minor, items_milli,
         member_sales FROM sum_day;
INSERT INTO sum_daily(business_day, kind, key, n, net_minor) SELECT business_day, 'h', hour, sales, net_minor FROM sum_hour;
INSERT INTO sum_daily(business_day, kind, key, n, net_minor) SELECT business_day, 'k', cashier, sales, net_minor FROM sum_cashier;
INSERT INTO sum_daily(business_day, kind, key, n, net_minor) SELECT business_day, 't', tender, count, amount_minor FROM sum_tender;
INSERT INTO sum_daily(business_day, kind, key, items_milli, net_minor, cost_minor)
  SELECT business_day, 'c', category_id, qty_milli, net_minor, cost_minor FROM sum_category;
DROP TABLE sum_day;
DROP TABLE sum_hour;
DROP TABLE sum_cashier;
DROP TABLE sum_tender;
DROP TABLE sum_category;
CREATE VIEW sum_day AS
  SELECT business_day, n AS sales, returns, list_minor, discount_minor, net_minor, returns_minor, cost_minor, items_milli,
         member_sales FROM sum_daily WHERE kind = 'd';
CREATE VIEW sum_hour AS SELECT business_day, key AS hour, n AS sales, net_minor FROM sum_daily WHERE kind = 'h';
CREATE VIEW sum_cashier AS SELECT business_day, key AS cashier, n AS sales, net_minor FROM sum_daily WHERE kind = 'k';
CREATE VIEW sum_tender AS SELECT business_day, key AS tender, n AS count, net_minor AS amount_minor FROM sum_daily WHERE kind = 't';
CREATE VIEW sum_category AS
  SELECT business_day, key AS category_id, items_milli AS qty_milli, net_minor, cost_minor FROM sum_daily WHERE kind = 'c';

CREATE TABLE sum_rollups (
  summary    TEXT PRIMARY KEY,
  through_id INTEGER NOT NULL   -- the last sale_lines.id the summary counts
) WITHOUT ROWID;
INSERT INTO sum_rollups(summary, through_id) SELECT 'product_month', coalesce(max(id), 0) FROM sale_lines;
)sql");
}

void shiftCashInSummaries(Database& db)
{
    // - The drawer's expected cash read the shift's cash payments through sales(shift_id); now
    //   the sale adds its cash to a sum_daily row (kind 's', key the shift id, under the shift's
    //   day), on the page it already writes. Only shifts still open need the row: a closed
    //   shift's figure is in shifts.expected_minor.
    // - A tender's count counted refunds as payments: now n counts sales and `returns` refunds.
    //   Each is found once, with a scan of the returns, not per day.
    // - Nothing reads sales by business_day or by shift any more; each index cost every sale a
    //   page. Dropping an index frees its pages and rewrites no table.
    db.exec(R"sql(
INSERT INTO sum_daily(business_day, kind, key, n, returns, net_minor)
  SELECT sh.business_day, 's', sh.id, sum(s.kind = 'sale'), sum(s.kind = 'return'), sum(p.amount_minor)
  FROM shifts sh JOIN sales s ON s.shift_id = sh.id JOIN sale_payments p ON p.sale_id = s.id AND p.tender = 'cash'
  WHERE sh.closed_at IS NULL OR sh.expected_minor IS NULL
  GROUP BY sh.id;

CREATE TEMP TABLE step18_refunds(business_day TEXT NOT NULL, tender TEXT NOT NULL, n INTEGER NOT NULL,
                                 PRIMARY KEY (business_day, tender)) WITHOUT ROWID;
INSERT INTO step18_refunds(business_day, tender, n)
  SELECT s.business_day, p.tender, count(*) FROM sales s JOIN sale_payments p ON p.sale_id = s.id
  WHERE s.kind = 'return' GROUP BY 1, 2;
UPDATE sum_daily SET returns = (SELECT r.n FROM step18_refunds r WHERE r.business_day = sum_daily.business_day AND r.tender = sum_daily.key),
                     n = n - (SELECT r.n FROM step18_refunds r WHERE r.business_day = sum_daily.business_day AND r.tender = sum_daily.key)
  WHERE kind = 't' AND EXISTS (SELECT 1 FROM step18_refunds r WHERE r.business_day = sum_daily.business_day AND r.tender = sum_daily.key);
DROP TABLE step18_refunds;

DROP VIEW sum_tender;
CREATE VIEW sum_tender AS
  SELECT business_day, key AS tender, n AS count, returns AS refunds, net_minor AS amount_minor FROM sum_daily WHERE kind = 't';

DROP INDEX sales_day;
DROP INDEX sales_shift;
)sql");
}

void receiptCountersInMeta(Database& db)
{
    // A sale wrote a page of receipt_sequences only to count its receipt. The count moves to a
    // meta row per epoch ('receipt_seq.<epoch>'): every sale already writes meta's page (the
    // audit chain's head and the outbox's HLC). receipt_sequences stays, as the floor that a
    // re-pull of the till's history and the demo generator raise (see ReceiptNumbers.cpp).
    db.exec(R"sql(
INSERT INTO meta(key, value) SELECT 'receipt_seq.' || epoch, last_seq FROM receipt_sequences;
)sql");
}

void lineAndPaymentUuidsNotUnique(Database& db)
{
    // Each UNIQUE(uuid) of sale_lines and sale_payments was a b-tree every sale appended to (1.7
    // and 1.3 encrypted pages per sale, measured: docs/performance.md, session 4) and that nothing
    // reads: lines and payments are found by their sale. Their uuids are time-ordered with 74
    // random bits (Uuid::v7), so the constraint guarded against nothing real; a sale's uuid stays
    // unique, which is what makes a payment idempotent and a copy of a sale arrive once. SQLite
    // drops a UNIQUE constraint only by rebuilding the table; ids are kept, so every reference
    // (lines' shares, returns, returned_elsewhere) still holds. About 35 s for 5,000,000 lines.
    db.exec(R"sql(
CREATE TABLE sale_lines_rebuilt (
  id                    INTEGER PRIMARY KEY,
  uuid                  BLOB NOT NULL,
  sale_id               INTEGER NOT NULL REFERENCES sales(id),
  line_no               INTEGER NOT NULL,
  product_id            INTEGER,
  sku                   TEXT NOT NULL,
  name                  TEXT NOT NULL,
  category_id           INTEGER,
  unit                  TEXT NOT NULL,
  qty_milli             INTEGER NOT NULL,
  unit_price_minor      INTEGER NOT NULL,
  list_minor            INTEGER NOT NULL,
  promo_discount_minor  INTEGER NOT NULL,
  line_discount_minor   INTEGER NOT NULL,
  order_discount_minor  INTEGER NOT NULL,
  rounding_minor        INTEGER NOT NULL,
  net_minor             INTEGER NOT NULL,
  unit_cost_minor       INTEGER NOT NULL,
  tax_bp                INTEGER NOT NULL,
  promotion             TEXT,
  original_line_id      INTEGER REFERENCES sale_lines(id),
  UNIQUE (sale_id, line_no)
);
INSERT INTO sale_lines_rebuilt(id, uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor,
                               list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor,
                               net_minor, unit_cost_minor, tax_bp, promotion, original_line_id)
  SELECT id, uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor, list_minor,
         promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, unit_cost_minor, tax_bp,
         promotion, original_line_id
  FROM sale_lines ORDER BY id;
DROP TABLE sale_lines;
ALTER TABLE sale_lines_rebuilt RENAME TO sale_lines;
CREATE INDEX sale_lines_original ON sale_lines(original_line_id) WHERE original_line_id IS NOT NULL;

CREATE TABLE sale_payments_rebuilt (
  id             INTEGER PRIMARY KEY,
  uuid           BLOB NOT NULL,
  sale_id        INTEGER NOT NULL REFERENCES sales(id),
  seq            INTEGER NOT NULL,
  tender         TEXT NOT NULL,
  amount_minor   INTEGER NOT NULL,   -- applied to the sale (cash: tendered minus change)
  tendered_minor INTEGER NOT NULL,
  points         INTEGER NOT NULL DEFAULT 0,
  reference      TEXT,               -- terminal/transaction reference, masked payment code; never card data
  details        TEXT NOT NULL DEFAULT '{}',
  original_payment_id INTEGER REFERENCES sale_payments(id)  -- a refund: the payment it gives back
);
INSERT INTO sale_payments_rebuilt(id, uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference, details,
                                  original_payment_id)
  SELECT id, uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference, details, original_payment_id
  FROM sale_payments ORDER BY id;
DROP TABLE sale_payments;
ALTER TABLE sale_payments_rebuilt RENAME TO sale_payments;
CREATE INDEX sale_payments_sale ON sale_payments(sale_id);
)sql");
}

void lineSharesOnLines(Database& db)
{
    // sale_line_tenders (WITHOUT ROWID, an index b-tree) cost every sale ten INSERTs and ~1.8
    // encrypted pages (appends to an index rebalance leaves every few sales; docs/performance.md,
    // session 4), for rows only ever read with their line. They move onto the line as text (the
    // form LineShares encodes: "seq:amount[:points];…", payments named by their seq in the line's
    // own sale, which needs no payment id when the line is written and survives a copy of the
    // sale), and the table goes. sale_lines is rebuilt, not given the column and UPDATEd: every
    // row would grow in place and split its page, leaving a file of half-empty pages. Ids are kept,
    // so every reference (returns, returned_elsewhere, the roll-up mark) still holds. Shares of
    // nothing (a free line returned without a receipt) are not carried: LineShares keeps none.
    const auto damaged = [](const QString& what) {
        return StoreException(makeError(ErrorCode::StoreDamaged,
                                        SalesSchemaTr::tr("The sale lines' payment shares cannot be moved onto the lines: %1. "
                                                          "The store was not changed.").arg(what)));
    };
    if (db.queryInt64("SELECT EXISTS (SELECT 1 FROM sale_payments a JOIN sale_payments b ON b.sale_id = a.sale_id "
                      "AND b.seq = a.seq AND b.id > a.id)").value_or(0))
        throw damaged(SalesSchemaTr::tr("two payments of one sale have the same number"));
    db.exec(R"sql(
CREATE TABLE sale_lines_rebuilt (
  id                    INTEGER PRIMARY KEY,
  uuid                  BLOB NOT NULL,
  sale_id               INTEGER NOT NULL REFERENCES sales(id),
  line_no               INTEGER NOT NULL,
  product_id            INTEGER,
  sku                   TEXT NOT NULL,
  name                  TEXT NOT NULL,
  category_id           INTEGER,
  unit                  TEXT NOT NULL,
  qty_milli             INTEGER NOT NULL,
  unit_price_minor      INTEGER NOT NULL,
  list_minor            INTEGER NOT NULL,
  promo_discount_minor  INTEGER NOT NULL,
  line_discount_minor   INTEGER NOT NULL,
  order_discount_minor  INTEGER NOT NULL,
  rounding_minor        INTEGER NOT NULL,
  net_minor             INTEGER NOT NULL,
  unit_cost_minor       INTEGER NOT NULL,
  tax_bp                INTEGER NOT NULL,
  promotion             TEXT,
  original_line_id      INTEGER REFERENCES sale_lines(id),
  tender_shares         TEXT NOT NULL DEFAULT '',  -- this line's share of each payment: LineShares
  UNIQUE (sale_id, line_no)
);
INSERT INTO sale_lines_rebuilt(id, uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor,
                               list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor,
                               net_minor, unit_cost_minor, tax_bp, promotion, original_line_id, tender_shares)
  SELECT l.id, l.uuid, l.sale_id, l.line_no, l.product_id, l.sku, l.name, l.category_id, l.unit, l.qty_milli, l.unit_price_minor,
         l.list_minor, l.promo_discount_minor, l.line_discount_minor, l.order_discount_minor, l.rounding_minor, l.net_minor,
         l.unit_cost_minor, l.tax_bp, l.promotion, l.original_line_id,
         coalesce((SELECT group_concat(e, ';') FROM (
                     SELECT p.seq || ':' || t.amount_minor || CASE WHEN t.points <> 0 THEN ':' || t.points ELSE '' END AS e
                     FROM sale_line_tenders t JOIN sale_payments p ON p.id = t.payment_id AND p.sale_id = l.sale_id
                     WHERE t.sale_line_id = l.id AND (t.amount_minor <> 0 OR t.points <> 0)
                     ORDER BY p.seq)), '')
  FROM sale_lines l ORDER BY l.id;
)sql");
    // Every share is on its line: one entry per share of something. A share of a payment of
    // another sale, or of no payment, or of no line, would be missing here.
    const qint64 shares =
        db.queryInt64("SELECT count(*) FROM sale_line_tenders WHERE amount_minor <> 0 OR points <> 0").value_or(0);
    const qint64 carried =
        db.queryInt64("SELECT coalesce(sum(length(tender_shares) - length(replace(tender_shares, ';', '')) + 1), 0) "
                      "FROM sale_lines_rebuilt WHERE tender_shares <> ''").value_or(0);
    if (shares != carried)
        throw damaged(SalesSchemaTr::tr("%1 of %2 shares do not belong to a payment of their line's sale")
                          .arg(shares - carried).arg(shares));
    db.exec(R"sql(
DROP TABLE sale_line_tenders;
DROP TABLE sale_lines;
ALTER TABLE sale_lines_rebuilt RENAME TO sale_lines;
CREATE INDEX sale_lines_original ON sale_lines(original_line_id) WHERE original_line_id IS NOT NULL;
)sql");
}

} // namespace patron
