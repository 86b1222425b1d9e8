#include "SalesFixture.h"

#include "reports/DateRange.h"
#include "reports/ProductRanking.h"
#include "sales/ProductMonthRollup.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

// sum_product_month as "month|product|qty|net" rows, and the same figures grouped from the lines.
QStringList summaryRows(Database& db)
{
    QStringList rows;
    Statement s = db.prepare("SELECT month, product_id, qty_milli, net_minor FROM sum_product_month ORDER BY 1, 2");
    while (s.step())
        rows << QStringLiteral("%1|%2|%3|%4").arg(s.text(0)).arg(s.int64(1)).arg(s.int64(2)).arg(s.int64(3));
    return rows;
}

QStringList groupedLines(Database& db)
{
    QStringList rows;
    Statement s = db.prepare("SELECT substr(s.business_day, 1, 7), coalesce(l.product_id, 0), sum(l.qty_milli), sum(l.net_minor)"
                             " FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY 1, 2 ORDER BY 1, 2");
    while (s.step())
        rows << QStringLiteral("%1|%2|%3|%4").arg(s.text(0)).arg(s.int64(1)).arg(s.int64(2)).arg(s.int64(3));
    return rows;
}

QStringList ranked(Database& db, RankOrder order, int limit)
{
    const MonthRange months = MonthRange::covering(*DateRange::make(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    auto r = ProductRanking(db).rank(months, order, limit);
    REQUIRE(r.ok());
    QStringList out;
    for (const ProductSales& p : *r)
        out << QStringLiteral("%1|%2|%3").arg(p.sku).arg(p.qtyMilli).arg(p.netMinor);
    return out;
}

} // namespace

TEST_CASE("A sale leaves the product-month summary alone; the roll-up adds its lines exactly once", "[sales][summary]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1250);
    const Product b = f.product(QStringLiteral("B1"), 399);
    const Product k = f.product(ProductSpec(QStringLiteral("K1"), 2680).byWeight());
    ProductMonthRollup rollup(f.db());
    const qint64 mark = rollup.rolledThrough();
    const QStringList before = summaryRows(f.db());

    f.pay(f.cart({{a, 2000}, {b, 3000}}), {cash(5000)});
    const SaleResult second = f.pay(f.cart({{k, 1234}, {a, 1000}}), {cash(10000)});
    f.clock().advanceSecs(600);
    REQUIRE_OK(f.returns->returnSale(f.supervisor, second.receiptNo, {{1, 234}}, QStringLiteral("称错了")));

    CHECK(summaryRows(f.db()) == before);
    CHECK(rollup.rolledThrough() == mark);
    const QString month = f.clock().now().date().toString(QStringLiteral("yyyy-MM"));
    const auto pending = rollup.pendingByProduct(month, month);
    REQUIRE(pending.size() == 3);
    CHECK(pending.value(a.id) == std::pair<qint64, qint64>{3000, 3750});
    CHECK(pending.value(k.id).first == 1000);  // 1.234 kg sold, 0.234 kg returned
    CHECK(rollup.pendingByProduct(QStringLiteral("2020-01"), QStringLiteral("2020-12")).isEmpty());

    CHECK(rollup.rollUp() == 5);  // four sold lines and the returned one
    CHECK(summaryRows(f.db()) == groupedLines(f.db()));
    CHECK(rollup.rolledThrough() == f.scalar("SELECT max(id) FROM sale_lines"));
    CHECK(rollup.pendingByProduct(month, month).isEmpty());
    CHECK(rollup.rollUp() == 0);
    CHECK(summaryRows(f.db()) == groupedLines(f.db()));
}

TEST_CASE("The product ranking is the same before and after the roll-up", "[sales][summary][reports]")
{
    SalesFixture f;
    f.openShift();
    QList<Product> products;
    for (int i = 0; i < 12; ++i)
        products << f.product(QStringLiteral("P%1").arg(i, 2, 10, QChar(u'0')), 100 + 37 * i);
    // Some products sell before a roll-up, some after, some both, and two tie on net.
    f.pay(f.cart({{products[0], 5000}, {products[1], 1000}, {products[2], 2000}, {products[3], 1000}}), {cash(100000)});
    f.pay(f.cart({{products[4], 3000}, {products[5], 1000}}), {cash(100000)});
    ProductMonthRollup(f.db()).rollUp();
    f.pay(f.cart({{products[1], 9000}, {products[6], 1000}, {products[7], 4000}}), {cash(100000)});
    f.pay(f.cart({{products[8], 1000}, {products[0], 1000}, {products[11], 1000}}), {cash(100000)});
    REQUIRE(f.scalar("SELECT count(*) FROM sale_lines WHERE id > ?", ProductMonthRollup(f.db()).rolledThrough()) == 6);

    const QStringList topPending = ranked(f.db(), RankOrder::Top, 5);
    const QStringList bottomPending = ranked(f.db(), RankOrder::Bottom, 5);
    const QStringList allPending = ranked(f.db(), RankOrder::Top, 50);
    CHECK(topPending.size() == 5);
    CHECK(allPending.size() == 10);  // P09 and P10 never sold
    CHECK(topPending.at(0) == QStringLiteral("P07|4000|1436"));  // sold only since the roll-up
    CHECK(topPending.at(1) == QStringLiteral("P01|10000|1370"));  // one unit rolled up, nine not

    ProductMonthRollup(f.db()).rollUp();
    CHECK(ranked(f.db(), RankOrder::Top, 5) == topPending);
    CHECK(ranked(f.db(), RankOrder::Bottom, 5) == bottomPending);
    CHECK(ranked(f.db(), RankOrder::Top, 50) == allPending);
}

TEST_CASE("Opening a shift and the day-end report roll the product months up", "[sales][summary][shift]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1250);
    f.pay(f.cart({{a, 2000}}), {cash(2500)});
    ProductMonthRollup rollup(f.db());
    CHECK(rollup.rolledThrough() < f.scalar("SELECT max(id) FROM sale_lines"));
    REQUIRE_OK(f.shifts->close(f.cashier, 22500));
    REQUIRE_OK(f.shifts->zReport(f.cashier));
    CHECK(rollup.rolledThrough() == f.scalar("SELECT max(id) FROM sale_lines"));
    CHECK(summaryRows(f.db()) == groupedLines(f.db()));

    f.openShift();
    f.pay(f.cart({{a, 1000}}), {cash(1250)});
    CHECK(rollup.rolledThrough() < f.scalar("SELECT max(id) FROM sale_lines"));
    REQUIRE_OK(f.shifts->close(f.cashier, 23750));
    f.openShift();
    CHECK(rollup.rolledThrough() == f.scalar("SELECT max(id) FROM sale_lines"));
    CHECK(summaryRows(f.db()) == groupedLines(f.db()));
}
