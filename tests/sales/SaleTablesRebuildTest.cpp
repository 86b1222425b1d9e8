// Schema step 17 rebuilds sale_lines and sale_payments without UNIQUE(uuid): every row, id and
// reference survives, the other constraints and indexes stay, and foreign keys are on again after.

#include "StoreBeforeStep.h"
#include "TestEnv.h"

#include "TableRows.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

const char* const kLines = "SELECT id, hex(uuid), sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor,"
                           " list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor,"
                           " unit_cost_minor, tax_bp, promotion, original_line_id FROM sale_lines ORDER BY id";
const char* const kPayments = "SELECT id, hex(uuid), sale_id, seq, tender, amount_minor, tendered_minor, points, reference, details,"
                              " original_payment_id FROM sale_payments ORDER BY id";

} // namespace

TEST_CASE("Schema step 17 drops the uuid constraints of sale lines and payments and keeps every row", "[sales][migration]")
{
    StoreBeforeStep before(17);
    Database& db = before.db();

    // A sale of two lines paid by two tenders, and a return of its first line referring back.
    db.exec(R"sql(
INSERT INTO sales(id, uuid, receipt_no, kind, original_sale_id, business_day, created_at, cashier, subtotal_minor, discount_minor,
                  rounding_minor, total_minor, items_milli)
  VALUES (1, x'11', 'R1', 'sale', NULL, '2026-03-14', '2026-03-14T10:00:00+08:00', 'li', 1500, 0, 0, 1500, 2000),
         (2, x'12', 'R2', 'return', 1, '2026-03-14', '2026-03-14T11:00:00+08:00', 'li', -1000, 0, 0, -1000, -1000);
INSERT INTO sale_lines(id, uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor, list_minor,
                       promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, unit_cost_minor,
                       tax_bp, promotion, original_line_id)
  VALUES (7, x'31', 1, 1, 5, 'A1', '苹果', 2, 'pc', 1000, 1000, 1000, 0, 0, 0, 0, 1000, 600, 1300, NULL, NULL),
         (8, x'32', 1, 2, 6, 'B2', 'Pear', NULL, 'kg', 1000, 500, 500, 0, 0, 0, 0, 500, 300, 900, 'Half off', NULL),
         (9, x'33', 2, 1, 5, 'A1', '苹果', 2, 'pc', -1000, 1000, -1000, 0, 0, 0, 0, -1000, 600, 1300, NULL, 7);
INSERT INTO sale_payments(id, uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference, details, original_payment_id)
  VALUES (3, x'21', 1, 1, 'wechat', 1000, 1000, 0, '1234****', '{}', NULL),
         (4, x'22', 1, 2, 'cash', 500, 1000, 0, NULL, '{}', NULL),
         (5, x'23', 2, 1, 'wechat', -1000, -1000, 0, NULL, '{}', 3);
INSERT INTO sale_line_tenders(sale_line_id, payment_id, amount_minor, points)
  VALUES (7, 3, 700, 0), (7, 4, 300, 0), (8, 3, 300, 0), (8, 4, 200, 0), (9, 5, -1000, 0);
)sql");
    const QStringList lines = tableRows(db, kLines);
    const QStringList payments = tableRows(db, kPayments);

    // Through step 17 only: step 23 rebuilds sale_lines again (LineSharesMigrationTest).
    before.migrateThrough(17);
    CHECK(tableRows(db, kLines) == lines);
    CHECK(tableRows(db, kPayments) == payments);
    CHECK(db.queryInt64("PRAGMA foreign_keys") == 1);
    CHECK(tableRows(db, "PRAGMA foreign_key_check").isEmpty());
    CHECK(db.integrityCheck() == u"ok");
    CHECK(tableRows(db, "SELECT name FROM sqlite_master WHERE tbl_name IN ('sale_lines', 'sale_payments') AND type = 'index' ORDER BY name")
          == QStringList{QStringLiteral("sale_lines_original"), QStringLiteral("sale_payments_sale"),
                         QStringLiteral("sqlite_autoindex_sale_lines_1")});
    // Still found the way every reader finds them.
    CHECK(tableRows(db, "SELECT sum(amount_minor) FROM sale_line_tenders t JOIN sale_lines l ON l.id = t.sale_line_id WHERE l.sale_id = 1")
          == QStringList{QStringLiteral("1500")});

    // Constraints: a line number stays unique per sale, references are checked again; a uuid is
    // no longer checked for uniqueness.
    auto insertLine = [&](qint64 id, qint64 saleId, qint64 lineNo, std::optional<qint64> original) {
        return guarded([&] {
            db.execute("INSERT INTO sale_lines(id, uuid, sale_id, line_no, sku, name, unit, qty_milli, unit_price_minor, list_minor,"
                       " promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, unit_cost_minor,"
                       " tax_bp, original_line_id) VALUES (?, x'31', ?, ?, 'A1', 'x', 'pc', 1000, 1, 1, 0, 0, 0, 0, 1, 0, 0, ?)",
                       id, saleId, lineNo, original);
        });
    };
    CHECK_FALSE(insertLine(10, 1, 2, std::nullopt).ok());  // (sale, line_no) taken
    CHECK_FALSE(insertLine(10, 99, 1, std::nullopt).ok()); // no such sale
    CHECK_FALSE(insertLine(10, 1, 3, 999).ok());           // no such original line
    CHECK(insertLine(10, 1, 3, 7).ok());                   // same uuid as line 7: allowed now
    CHECK_FALSE(guarded([&] { db.execute("DELETE FROM sale_payments WHERE id = 3"); }).ok());  // shares refer to it
}
