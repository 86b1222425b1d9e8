#include "catalog/CatalogSchema.h"

#include "catalog/ProductTermsIndex.h"
#include "catalog/SearchTerms.h"
#include "store/Database.h"

#include <QDateTime>

namespace patron {

void catalogSchema(Database& db)
{
    db.exec(R"sql(
CREATE TABLE categories (
  id         INTEGER PRIMARY KEY,
  uuid       BLOB NOT NULL UNIQUE,
  parent_id  INTEGER REFERENCES categories(id),
  name       TEXT NOT NULL,
  path       TEXT NOT NULL UNIQUE,   -- "饮料/碳酸饮料": the tree, readable and unique
  sort       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE products (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL UNIQUE,
  sku                TEXT NOT NULL UNIQUE,        -- 货号
  plu                TEXT UNIQUE,                 -- for goods without a barcode and scale labels
  name               TEXT NOT NULL,
  initials           TEXT NOT NULL DEFAULT '',    -- 助记码 shown and edited (first variant)
  initials_custom    INTEGER NOT NULL DEFAULT 0,  -- 1: typed by the shop, not generated
  category_id        INTEGER REFERENCES categories(id),
  unit               TEXT NOT NULL DEFAULT '',
  price_minor        INTEGER NOT NULL CHECK (price_minor >= 0),
  member_price_minor INTEGER CHECK (member_price_minor IS NULL OR member_price_minor >= 0),
  cost_minor         INTEGER NOT NULL DEFAULT 0,
  tax_bp             INTEGER NOT NULL DEFAULT 0,
  weighed            INTEGER NOT NULL DEFAULT 0,
  open_price         INTEGER NOT NULL DEFAULT 0,
  active             INTEGER NOT NULL DEFAULT 1,
  updated_at         TEXT NOT NULL
);
CREATE INDEX products_category ON products(category_id);

-- Several barcodes per product; the key is the normalised lookup form (UPC-A as EAN-13).
CREATE TABLE product_barcodes (
  code       TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

-- Search index. SQLite's FTS tokenizers keep a run of Chinese as one token, so 牛肉 would not
-- be found inside 红烧牛肉面. Terms: 'b:' + every character bigram (and 'u:' + unigram) of the
-- lower-cased name, 'i:' + every pinyin-initials spelling (prefix-searched by range).
CREATE TABLE product_terms (
  term       TEXT NOT NULL,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  PRIMARY KEY (term, product_id)
) WITHOUT ROWID;
CREATE INDEX product_terms_product ON product_terms(product_id);

-- The till's grid for goods without a barcode (无码商品), arranged by the manager.
CREATE TABLE quick_keys (
  position   INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  label      TEXT
);
)sql");
}

void productTermsRankKey(Database& db)
{
    // Ranking read every candidate's name (thousands for a common bigram in a 200,000-product
    // catalog); with the rank key in the primary key one term's products come out in rank order
    // and a search reads about as many rows as it shows.
    db.exec(R"sql(
DROP TABLE product_terms;
CREATE TABLE product_terms (
  term       TEXT NOT NULL,
  rank_key   TEXT NOT NULL,  -- folded name length (4 digits) + SKU: how search orders ties
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  PRIMARY KEY (term, rank_key, product_id)
) WITHOUT ROWID;
CREATE INDEX product_terms_product ON product_terms(product_id);
)sql");
    ProductTermsIndex(db).rebuildAll();
}

void initialsHeadTerms(Database& db)
{
    // Derived from the 'i:' terms already there (each one a whole spelling, custom initials
    // included) in one sorted statement, so the new rows are appended to the b-tree in key
    // order; substr counts characters as QString::left does for these ASCII spellings.
    QByteArray lengths = "SELECT 1 AS n";
    for (qsizetype n = 2; n <= kInitialsHeadLength; ++n)
        lengths += " UNION ALL SELECT " + QByteArray::number(n);
    db.exec(QByteArray("INSERT OR IGNORE INTO product_terms(term, rank_key, product_id)"
                       " SELECT DISTINCT 'h:' || substr(t.term, 3, l.n), t.rank_key, t.product_id"
                       " FROM product_terms t, (" + lengths + ") l"
                       " WHERE t.term >= 'i:' AND t.term < 'i;' ORDER BY 1, 2, 3").constData());
}

void priceSchedule(Database& db)
{
    db.exec(R"sql(
-- A price change waits here until its moment; the till applies it then (PriceSchedule::applyDue),
-- so nobody has to be at the till at midnight. Rows are kept after applying or cancelling: they
-- are the record of what was planned and by whom.
CREATE TABLE price_changes (
  id                 INTEGER PRIMARY KEY,
  uuid               BLOB NOT NULL UNIQUE,
  batch_uuid         BLOB NOT NULL,                -- one price list (调价单) scheduled together
  product_id         INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  retail_minor       INTEGER CHECK (retail_minor IS NULL OR retail_minor >= 0),   -- NULL: unchanged
  member_action      TEXT NOT NULL CHECK (member_action IN ('keep','set','clear')),
  member_price_minor INTEGER CHECK (member_price_minor IS NULL OR member_price_minor >= 0),
  effective_at       TEXT NOT NULL,                -- as entered, with the till's offset
  effective_ms       INTEGER NOT NULL,             -- the same moment, for ordering and "is it due"
  status             TEXT NOT NULL CHECK (status IN ('pending','applied','cancelled','failed')),
  note               TEXT NOT NULL DEFAULT '',
  created_by         TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  outcome            TEXT NOT NULL DEFAULT ''      -- who cancelled, when applied, or why it failed
);
CREATE INDEX price_changes_due ON price_changes(status, effective_ms);
CREATE INDEX price_changes_product ON price_changes(product_id, effective_ms);

-- Every price a product has had, newest last; written in the transaction that changes it.
CREATE TABLE price_history (
  id                 INTEGER PRIMARY KEY,
  product_id         INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  at                 TEXT NOT NULL,
  at_ms              INTEGER NOT NULL,
  retail_minor       INTEGER NOT NULL,
  member_price_minor INTEGER,
  source             TEXT NOT NULL,                -- baseline, catalog, scheduled, head_office
  price_change_id    INTEGER REFERENCES price_changes(id),
  user_name          TEXT NOT NULL
);
CREATE INDEX price_history_product ON price_history(product_id, at_ms);
)sql");
    // The history starts with the prices products have now, so "what did it cost before the
    // change" has an answer for goods that existed before this step.
    Statement products = db.prepare("SELECT id, updated_at, price_minor, member_price_minor FROM products");
    Statement baseline = db.prepare("INSERT INTO price_history(product_id, at, at_ms, retail_minor, member_price_minor, "
                                    "source, user_name) VALUES (?, ?, ?, ?, ?, 'baseline', '')");
    while (products.step()) {
        const QDateTime at = QDateTime::fromString(products.text(1), Qt::ISODate);
        baseline.reset();
        baseline.bindAll(products.int64(0), products.text(1), at.toMSecsSinceEpoch(), products.int64(2),
                         products.optInt64(3));
        baseline.run();
    }
}

} // namespace patron
