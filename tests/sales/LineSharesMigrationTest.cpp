// Schema step 23 moves every line's shares of its sale's payments from sale_line_tenders onto the
// line (sale_lines.tender_shares): each share survives exactly (sales, returns with and without a
// receipt, another store's sale, points and stored value), rows, ids, constraints and indexes stay,
// the readers find the same shares and refunds, and damaged shares stop the step untouched.

#include "StoreBeforeStep.h"
#include "TestEnv.h"

#include "sales/ReturnOriginal.h"
#include "TableRows.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

const char* const kLines = "SELECT id, hex(uuid), sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor,"
                           " list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor,"
                           " unit_cost_minor, tax_bp, promotion, original_line_id FROM sale_lines ORDER BY id";

// The rows as steps 20-22 left them. Sale 1 (a member's): three lines paid by points (￥3.00 for 300 points), stored
// value and cash, the payments' ids not in their seq order. Return 2 takes back half of line 11
// and line 10 with the receipt; return 3 is without a receipt, one line and a free one
// whose share of nothing was written as a row. Sale 4 is another store's sale copied here, its
// first line returned at another till. Line 13 was free and has no shares.
void writeStep20Sales(Database& db)
{
    db.exec(R"sql(
INSERT INTO sales(id, uuid, receipt_no, kind, original_sale_id, business_day, created_at, cashier, member_id, subtotal_minor,
                  discount_minor, rounding_minor, total_minor, items_milli)
  VALUES (1, x'01', 'R1', 'sale', NULL, '2026-03-14', '2026-03-14T10:00:00+08:00', 'li', 42, 2600, 0, 0, 2600, 4000),
         (2, x'02', 'R2', 'return', 1, '2026-03-14', '2026-03-14T11:00:00+08:00', 'li', 42, -1100, 0, 0, -1100, -2000),
         (3, x'03', 'R3', 'return', NULL, '2026-03-14', '2026-03-14T12:00:00+08:00', 'li', NULL, -750, 0, 0, -750, -2000),
         (4, x'04', 'RSH02-T1-1-000009', 'sale', NULL, '2026-03-13', '2026-03-13T09:00:00+08:00', 'wang', NULL, 3000, 0, 0, 3000,
          2000);
INSERT INTO foreign_sales(sale_id, store_code, till_code, fetched_at) VALUES (4, 'SH02', 'T1', '2026-03-14T09:30:00+08:00');
INSERT INTO sale_payments(id, uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference, details, original_payment_id)
  VALUES (20, x'a0', 1, 3, 'cash', 1300, 2000, 0, NULL, '{}', NULL),
         (21, x'a1', 1, 1, 'points', 300, 300, 300, NULL, '{}', NULL),
         (22, x'a2', 1, 2, 'wallet', 1000, 1000, 0, NULL, '{}', NULL),
         (23, x'a3', 2, 1, 'points', -150, -150, -150, NULL, '{}', 21),
         (24, x'a4', 2, 2, 'wallet', -450, -450, 0, NULL, '{}', 22),
         (25, x'a5', 2, 3, 'cash', -500, -500, 0, NULL, '{}', 20),
         (26, x'a6', 3, 1, 'cash', -750, -750, 0, NULL, '{}', NULL),
         (27, x'a7', 4, 1, 'card', 2000, 2000, 0, '6222****1234', '{}', NULL),
         (28, x'a8', 4, 2, 'cash', 1000, 1000, 0, NULL, '{}', NULL);
INSERT INTO sale_lines(id, uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, unit_price_minor, list_minor,
                       promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, unit_cost_minor,
                       tax_bp, promotion, original_line_id)
  VALUES (10, x'10', 1, 1, 5, 'A1', '苹果', 2, 'pc', 1000, 1000, 1000, 0, 0, 0, 0, 1000, 600, 1300, NULL, NULL),
         (11, x'11', 1, 2, 6, 'B2', 'Pear', NULL, 'kg', 2000, 800, 1600, 0, 0, 0, 0, 1600, 300, 900, 'Half off', NULL),
         (12, x'12', 1, 3, 7, 'C3', '赠品', NULL, 'pc', 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, NULL),
         (13, x'13', 2, 1, 6, 'B2', 'Pear', NULL, 'kg', -1000, 800, -800, 0, 0, 0, 0, -800, 300, 900, NULL, 11),
         (14, x'14', 2, 2, 5, 'A1', '苹果', 2, 'pc', -1000, 1000, -1000, 0, 0, 700, 0, -300, 600, 1300, NULL, 10),
         (15, x'15', 3, 1, 8, 'D4', 'Tea', 3, 'pc', -2000, 375, -750, 0, 0, 0, 0, -750, 200, 1300, NULL, NULL),
         (16, x'16', 3, 2, 7, 'C3', '赠品', NULL, 'pc', -1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, NULL),
         (17, x'17', 4, 1, 9, 'T1', '龙井', 4, 'pc', 1000, 1500, 1500, 0, 0, 0, 0, 1500, 900, 1300, NULL, NULL),
         (18, x'18', 4, 2, 10, 'T2', '碧螺春', 4, 'pc', 1000, 1500, 1500, 0, 0, 0, 0, 1500, 900, 1300, NULL, NULL);
INSERT INTO sale_line_tenders(sale_line_id, payment_id, amount_minor, points)
  VALUES (10, 21, 116, 116), (10, 22, 385, 0), (10, 20, 499, 0),
         (11, 21, 184, 184), (11, 22, 615, 0), (11, 20, 801, 0),
         (13, 23, -92, -92), (13, 24, -308, 0), (13, 25, -400, 0),
         (14, 23, -58, -58), (14, 24, -142, 0), (14, 25, -100, 0),
         (15, 26, -750, 0), (16, 26, 0, 0),
         (17, 27, 1000, 0), (17, 28, 500, 0), (18, 28, 500, 0), (18, 27, 1000, 0);
INSERT INTO returned_elsewhere(sale_line_id, qty_milli, exact_qty_milli, refunds, updated_at)
  VALUES (17, 1000, 1000, '[]', '2026-03-14T09:30:00+08:00');
)sql");
}

// What each line must carry, written out by hand from the rows above (seq order, points only
// when not zero, no share of nothing).
const QStringList kSharesAfter = {
    QStringLiteral("10|1:116:116;2:385;3:499"),
    QStringLiteral("11|1:184:184;2:615;3:801"),
    QStringLiteral("12|"),
    QStringLiteral("13|1:-92:-92;2:-308;3:-400"),
    QStringLiteral("14|1:-58:-58;2:-142;3:-100"),
    QStringLiteral("15|1:-750"),
    QStringLiteral("16|"),
    QStringLiteral("17|1:1000;2:500"),
    QStringLiteral("18|1:1000;2:500"),
};

} // namespace

TEST_CASE("Schema step 23 moves every line's payment shares onto the line and drops the table", "[sales][migration][shares]")
{
    StoreBeforeStep before(23);
    Database& db = before.db();
    writeStep20Sales(db);
    const QStringList lines = tableRows(db, kLines);
    const QStringList payments = tableRows(db, "SELECT * FROM sale_payments ORDER BY id");

    before.migrateRest();
    CHECK(tableRows(db, kLines) == lines);
    CHECK(tableRows(db, "SELECT * FROM sale_payments ORDER BY id") == payments);
    CHECK(tableRows(db, "SELECT id, tender_shares FROM sale_lines ORDER BY id") == kSharesAfter);
    CHECK(tableRows(db, "SELECT name FROM sqlite_master WHERE name = 'sale_line_tenders'").isEmpty());
    CHECK(db.queryInt64("PRAGMA foreign_keys") == 1);
    CHECK(tableRows(db, "PRAGMA foreign_key_check").isEmpty());
    CHECK(db.integrityCheck() == u"ok");
    CHECK(tableRows(db, "SELECT name FROM sqlite_master WHERE tbl_name = 'sale_lines' AND type = 'index' ORDER BY name")
          == QStringList{QStringLiteral("sale_lines_original"), QStringLiteral("sqlite_autoindex_sale_lines_1")});
    CHECK(tableRows(db, "PRAGMA table_info(sale_lines)").filter(QStringLiteral("|tender_shares|"))
          == QStringList{QStringLiteral("21|tender_shares|TEXT|1|''|0")});

    // The readers find the same shares, and what return 2 gave back, per original payment.
    const auto sale = loadReturnOriginal(db, QStringLiteral("R1"));
    REQUIRE(sale);
    using Pair = QPair<qint64, qint64>;
    CHECK(sale->shares == QHash<QPair<qint64, qint64>, Pair>{{{10, 21}, {116, 116}}, {{10, 22}, {385, 0}}, {{10, 20}, {499, 0}},
                                                             {{11, 21}, {184, 184}}, {{11, 22}, {615, 0}}, {{11, 20}, {801, 0}}});
    REQUIRE(sale->lines.size() == 3);
    CHECK(sale->lines[0].refundedHere.value(21) == Pair{58, 58});
    CHECK(sale->lines[0].refundedHere.value(22) == Pair{142, 0});
    CHECK(sale->lines[0].refundedHere.value(20) == Pair{100, 0});
    CHECK(sale->lines[1].refundedHere.value(21) == Pair{92, 92});
    CHECK(sale->lines[1].refundedHere.value(22) == Pair{308, 0});
    CHECK(sale->lines[1].refundedHere.value(20) == Pair{400, 0});
    CHECK(sale->lines[2].refundedHere.isEmpty());
    const auto foreign = loadReturnOriginal(db, QStringLiteral("RSH02-T1-1-000009"));
    REQUIRE(foreign);
    CHECK(foreign->shares.value({17, 27}) == Pair{1000, 0});
    CHECK(foreign->shares.value({18, 28}) == Pair{500, 0});
    CHECK(foreign->lines[0].elsewhereMilli == 1000);

    // Constraints as before: a line number stays unique per sale, references are checked, and a
    // line must carry its shares' text (empty for none).
    auto insertLine = [&](qint64 saleId, qint64 lineNo, std::optional<qint64> original, const QString& shares) {
        return guarded([&] {
            db.execute("INSERT INTO sale_lines(uuid, sale_id, line_no, sku, name, unit, qty_milli, unit_price_minor, list_minor,"
                       " promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor, unit_cost_minor,"
                       " tax_bp, original_line_id, tender_shares) VALUES (x'99', ?, ?, 'A1', 'x', 'pc', 1000, 1, 1, 0, 0, 0, 0, 1, 0, 0,"
                       " ?, ?)",
                       saleId, lineNo, original, shares);
        });
    };
    CHECK_FALSE(insertLine(1, 2, std::nullopt, QStringLiteral("1:1")).ok());  // (sale, line_no) taken
    CHECK_FALSE(insertLine(99, 1, std::nullopt, QStringLiteral("1:1")).ok()); // no such sale
    CHECK_FALSE(insertLine(1, 4, 999, QStringLiteral("1:1")).ok());           // no such original line
    CHECK_FALSE(insertLine(1, 4, std::nullopt, QString()).ok());              // NULL shares
    CHECK(insertLine(1, 4, std::nullopt, QStringLiteral("3:1")).ok());
    CHECK_FALSE(guarded([&] { db.execute("DELETE FROM sale_lines WHERE id = 17"); }).ok());  // returned_elsewhere refers to it
}

TEST_CASE("Schema step 23 refuses shares it cannot carry exactly and leaves the store at step 22", "[sales][migration][shares]")
{
    StoreBeforeStep before(23);
    Database& db = before.db();
    writeStep20Sales(db);
    SECTION("a share of another sale's payment")
    {
        db.exec("INSERT INTO sale_line_tenders(sale_line_id, payment_id, amount_minor, points) VALUES (12, 27, 5, 0)");
    }
    SECTION("two payments of one sale with the same seq")
    {
        db.exec("UPDATE sale_payments SET seq = 1 WHERE id = 28");
    }
    const QStringList shares = tableRows(db, "SELECT * FROM sale_line_tenders ORDER BY 1, 2");
    const QStringList lines = tableRows(db, "SELECT * FROM sale_lines ORDER BY id");
    auto migrated = migrate(db, patronMigrations());
    REQUIRE_FALSE(migrated.ok());
    CHECK(migrated.error().code == ErrorCode::StoreDamaged);
    CHECK(schemaVersion(db) == 22);
    CHECK(tableRows(db, "SELECT * FROM sale_line_tenders ORDER BY 1, 2") == shares);
    CHECK(tableRows(db, "SELECT * FROM sale_lines ORDER BY id") == lines);
    CHECK(tableRows(db, "SELECT name FROM sqlite_master WHERE name = 'sale_lines_rebuilt'").isEmpty());
    CHECK(db.queryInt64("PRAGMA foreign_keys") == 1);
}
