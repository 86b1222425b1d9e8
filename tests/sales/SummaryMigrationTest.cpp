#include "StoreBeforeStep.h"
#include "TestEnv.h"

#include "sales/ProductMonthRollup.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

QStringList rows(Database& db, const char* sql)
{
    QStringList out;
    Statement s = db.prepare(sql);
    while (s.step()) {
        QStringList cols;
        for (int c = 0; c < s.columnCount(); ++c)
            cols << s.text(c);
        out << cols.join(u'|');
    }
    return out;
}

// Every summary as the reports read it, in a fixed order.
const char* const kSummaries[] = {
    "SELECT business_day, sales, returns, list_minor, discount_minor, net_minor, returns_minor, cost_minor, items_milli,"
    " member_sales FROM sum_day ORDER BY 1",
    "SELECT business_day, hour, sales, net_minor FROM sum_hour ORDER BY 1, 2",
    "SELECT business_day, cashier, sales, net_minor FROM sum_cashier ORDER BY 1, 2",
    "SELECT business_day, tender, count, amount_minor FROM sum_tender ORDER BY 1, 2",
    "SELECT business_day, category_id, qty_milli, net_minor, cost_minor FROM sum_category ORDER BY 1, 2",
    "SELECT product_id, month, qty_milli, net_minor FROM sum_product_month ORDER BY 1, 2",
};

} // namespace

TEST_CASE("Schema step 9 moves the day summaries into one table and keeps every figure", "[sales][summary][migration]")
{
    StoreBeforeStep store(9);
    Database& db = store.db();

    // Two days of summaries as steps 3–8 kept them, and two sale lines (the mark must cover them).
    db.exec(R"sql(
INSERT INTO sum_day VALUES ('2026-03-14', 3, 1, 4700, 300, 4400, 500, 2100, 6000, 2);
INSERT INTO sum_day VALUES ('2026-03-15', 1, 0, 2400, 0, 2400, 0, 1500, 3000, 1);
INSERT INTO sum_hour VALUES ('2026-03-14', 10, 2, 3800), ('2026-03-14', 15, 1, 600), ('2026-03-15', 11, 1, 2400);
INSERT INTO sum_cashier VALUES ('2026-03-14', 'admin', 2, 3800), ('2026-03-14', 'li', 1, 600), ('2026-03-15', 'admin', 1, 2400);
INSERT INTO sum_tender VALUES ('2026-03-14', 'cash', 2, 3800), ('2026-03-14', 'wechat', 1, 600), ('2026-03-15', 'card', 1, 2400);
INSERT INTO sum_category VALUES ('2026-03-14', 0, 1000, 200, 100), ('2026-03-14', 7, 3000, 4200, 2000),
                                ('2026-03-15', 7, 3000, 2400, 1500);
INSERT INTO sum_product_month VALUES (1, '2026-03', 2000, 600), (2, '2026-03', 4000, 3200);
INSERT INTO sales(id, uuid, receipt_no, kind, business_day, created_at, cashier, subtotal_minor, discount_minor,
                  rounding_minor, total_minor, items_milli) VALUES (1, x'01', 'R1', 'sale', '2026-03-14', 't', 'li', 0, 0, 0, 0, 0);
INSERT INTO sale_lines(id, uuid, sale_id, line_no, sku, name, unit, qty_milli, unit_price_minor, list_minor,
                       promo_discount_minor, line_discount_minor, order_discount_minor, rounding_minor, net_minor,
                       unit_cost_minor, tax_bp)
  VALUES (41, x'02', 1, 1, 'A', 'a', 'pc', 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0),
         (42, x'03', 1, 2, 'B', 'b', 'pc', 1000, 0, 0, 0, 0, 0, 0, 0, 0, 0);
)sql");
    QList<QStringList> before;
    for (const char* sql : kSummaries)
        before << rows(db, sql);

    store.migrateRest();
    for (size_t i = 0; i < std::size(kSummaries); ++i)
        CHECK(rows(db, kSummaries[i]) == before[qsizetype(i)]);
    CHECK(db.queryInt64("SELECT count(*) FROM sum_daily") == 2 + 3 + 3 + 3 + 3);
    CHECK(ProductMonthRollup(db).rolledThrough() == 42);
    // The reports' lookups are seeks on the one table's key, day first.
    Statement plan = db.prepare("EXPLAIN QUERY PLAN SELECT amount_minor FROM sum_tender WHERE business_day = '2026-03-14'");
    REQUIRE(plan.step());
    CHECK(plan.text(3).contains(QStringLiteral("PRIMARY KEY (business_day=? AND kind=?)")));
    // The lines that were there are counted already: nothing is added twice.
    CHECK(ProductMonthRollup(db).rollUp() == 0);
    CHECK(rows(db, kSummaries[5]) == before[5]);
}
