#include "ReportsDataSet.h"

#include "reports/ProductRanking.h"
#include "reports/SalesReports.h"
#include "sales/ProductMonthRollup.h"
#include "sales/SalesSchema.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

DateRange range(int m1, int d1, int m2, int d2)
{
    auto r = DateRange::make(QDate(2026, m1, d1), QDate(2026, m2, d2));
    REQUIRE(r.ok());
    return *r;
}

// Reports run on a reader connection, never the till's.
struct Reader {
    explicit Reader(TempStore& ts) : db(ts.store().openReader().value()) {}
    Database db;
};

} // namespace

TEST_CASE("Sales totals and the comparison with the previous period come from sum_day", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    SalesReports reports(r.db);

    auto march = reports.totals(range(3, 14, 3, 15));
    REQUIRE(march.ok());
    CHECK(march->sales == 3);
    CHECK(march->netMinor == 1400 + 200 + 2400);
    CHECK(march->costMinor == 2 * 200 + 500 + 100 + 3 * 500);
    CHECK(march->marginMinor() == 4000 - 2500);
    CHECK(march->itemsMilli == 7000);
    CHECK(march->memberSales == 2);
    CHECK(march->averageBasketMinor() == 1333);  // 4000 / 3 = 1333.3
    CHECK(march->memberShareBp() == 6667);
    CHECK(march->returns == 0);

    auto cmp = reports.compare(range(3, 15, 3, 15));
    REQUIRE(cmp.ok());
    CHECK(cmp->previous.from == QDate(2026, 3, 14));
    CHECK(cmp->previous.to == QDate(2026, 3, 14));
    CHECK(cmp->currentTotals.netMinor == 2400);
    CHECK(cmp->previousTotals.netMinor == 1600);
    CHECK(cmp->netChangeBp() == 5000);  // +50 %

    auto april = reports.compare(range(4, 1, 4, 2));
    REQUIRE(april.ok());
    CHECK(april->previous.from == QDate(2026, 3, 30));
    CHECK(april->previousTotals.netMinor == 0);
    CHECK_FALSE(april->netChangeBp().has_value());
}

TEST_CASE("Sales by day, week and month fill empty periods and clip to the range", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    SalesReports reports(r.db);

    auto days = reports.byPeriod(range(3, 13, 3, 16), SalesPeriod::Day);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 4);
    CHECK(days->at(0).label == QStringLiteral("2026-03-13"));
    CHECK(days->at(0).totals.netMinor == 0);
    CHECK(days->at(1).totals.netMinor == 1600);
    CHECK(days->at(1).totals.sales == 2);
    CHECK(days->at(2).totals.netMinor == 2400);
    CHECK(days->at(3).totals.netMinor == 0);

    // 2026-03-14 is a Saturday in ISO week 11 (from Monday 9 March).
    auto weeks = reports.byPeriod(range(3, 14, 3, 16), SalesPeriod::Week);
    REQUIRE(weeks.ok());
    REQUIRE(weeks->size() == 2);
    CHECK(weeks->at(0).label == QStringLiteral("2026-W11"));
    CHECK(weeks->at(0).start == QDate(2026, 3, 14));
    CHECK(weeks->at(0).totals.netMinor == 4000);
    CHECK(weeks->at(1).start == QDate(2026, 3, 16));
    CHECK(weeks->at(1).totals.netMinor == 0);

    auto months = reports.byPeriod(range(3, 1, 4, 30), SalesPeriod::Month);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 2);
    CHECK(months->at(0).label == QStringLiteral("2026-03"));
    CHECK(months->at(0).totals.netMinor == 4000);
    CHECK(months->at(1).totals.netMinor == 300);
    CHECK(months->at(1).totals.memberSales == 1);
}

TEST_CASE("Sales by hour and the weekday x hour heat map", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    SalesReports reports(r.db);

    auto hours = reports.byHour(range(3, 1, 4, 30));
    REQUIRE(hours.ok());
    REQUIRE(hours->size() == 24);
    CHECK(hours->at(9).netMinor == 300);
    CHECK(hours->at(10).netMinor == 1400);
    CHECK(hours->at(10).sales == 1);
    CHECK(hours->at(11).netMinor == 2400);
    CHECK(hours->at(15).netMinor == 200);
    qint64 total = 0;
    for (const HourSales& h : *hours)
        total += h.netMinor;
    CHECK(total == 4300);

    auto map = reports.heatMap(range(3, 1, 4, 30));
    REQUIRE(map.ok());
    CHECK(map->netMinor[5][10] == 1400);  // Saturday
    CHECK(map->netMinor[5][15] == 200);
    CHECK(map->netMinor[6][11] == 2400);  // Sunday
    CHECK(map->netMinor[3][9] == 300);    // Thursday
    CHECK(map->sales[6][11] == 1);
    CHECK(map->netMinor[0][10] == 0);
    CHECK(map->maxNetMinor() == 2400);

    auto onlyApril = reports.heatMap(range(4, 1, 4, 30));
    REQUIRE(onlyApril.ok());
    CHECK(onlyApril->netMinor[5][10] == 0);
    CHECK(onlyApril->maxNetMinor() == 300);
}

TEST_CASE("Sales by category carry the category path and the gross margin", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    auto cats = SalesReports(r.db).byCategory(range(3, 1, 3, 31));
    REQUIRE(cats.ok());
    REQUIRE(cats->size() == 3);
    CHECK(cats->at(0).path == QStringLiteral("零食"));
    CHECK(cats->at(0).netMinor == 3200);
    CHECK(cats->at(0).costMinor == 2000);
    CHECK(cats->at(0).qtyMilli == 4000);
    CHECK(cats->at(0).marginBp() == 3750);
    CHECK(cats->at(1).path == QStringLiteral("饮料/碳酸饮料"));
    CHECK(cats->at(1).netMinor == 600);
    CHECK(cats->at(1).marginMinor() == 200);
    CHECK(cats->at(1).marginBp() == 3333);
    CHECK(cats->at(2).categoryId == 0);
    CHECK(cats->at(2).path.isEmpty());
    CHECK(cats->at(2).netMinor == 200);
}

TEST_CASE("Sales by cashier and by tender", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    SalesReports reports(r.db);

    auto cashiers = reports.byCashier(range(3, 1, 4, 30));
    REQUIRE(cashiers.ok());
    REQUIRE(cashiers->size() == 2);
    CHECK(cashiers->at(0).cashier == QStringLiteral("admin"));
    CHECK(cashiers->at(0).sales == 3);
    CHECK(cashiers->at(0).netMinor == 1400 + 2400 + 300);
    CHECK(cashiers->at(1).cashier == QStringLiteral("li"));
    CHECK(cashiers->at(1).netMinor == 200);

    auto tenders = reports.byTender(range(3, 1, 3, 31));
    REQUIRE(tenders.ok());
    REQUIRE(tenders->size() == 3);
    CHECK(tenders->at(0).tender == QStringLiteral("card"));
    CHECK(tenders->at(0).amountMinor == 2400);
    CHECK(tenders->at(1).tender == QStringLiteral("cash"));
    CHECK(tenders->at(1).amountMinor == 1400);  // tendered 20.00, 6.00 change
    CHECK(tenders->at(2).tender == QStringLiteral("wechat"));
    CHECK(tenders->at(2).count == 1);
}

TEST_CASE("Top and bottom products are ranked over whole months", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    ProductRanking ranking(r.db);

    // 15 March – 2 April touches March and April: the ranking covers both whole months.
    const MonthRange months = MonthRange::covering(range(3, 15, 4, 2));
    CHECK(months.firstKey() == QStringLiteral("2026-03"));
    CHECK(months.lastKey() == QStringLiteral("2026-04"));
    CHECK(months.days().to == QDate(2026, 4, 30));

    auto top = ranking.rank(months, RankOrder::Top, 10);
    REQUIRE(top.ok());
    REQUIRE(top->size() == 3);
    CHECK(top->at(0).sku == QStringLiteral("B1"));
    CHECK(top->at(0).netMinor == 3200);
    CHECK(top->at(0).qtyMilli == 4000);
    CHECK(top->at(1).sku == QStringLiteral("A1"));
    CHECK(top->at(1).netMinor == 900);
    CHECK(top->at(1).categoryPath == QStringLiteral("饮料/碳酸饮料"));
    CHECK(top->at(2).name == QStringLiteral("矿泉水"));

    auto bottom = ranking.rank(months, RankOrder::Bottom, 1);
    REQUIRE(bottom.ok());
    REQUIRE(bottom->size() == 1);
    CHECK(bottom->at(0).sku == QStringLiteral("C1"));

    auto april = ranking.rank(MonthRange::covering(range(4, 1, 4, 1)), RankOrder::Top, 5);
    REQUIRE(april.ok());
    REQUIRE(april->size() == 1);
    CHECK(april->at(0).netMinor == 300);

    auto bad = ranking.rank(months, RankOrder::Top, 0);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.code() == ErrorCode::InvalidInput);
}

TEST_CASE("A ranking's products over the previous months, for the comparison columns", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    ProductRanking ranking(r.db);

    const MonthRange april = MonthRange::covering(range(4, 1, 4, 2));
    const MonthRange march = april.previous();
    CHECK(march.firstKey() == QStringLiteral("2026-03"));
    CHECK(march.lastKey() == QStringLiteral("2026-03"));
    const MonthRange two = MonthRange::covering(range(3, 15, 4, 2)).previous();
    CHECK(two.firstKey() == QStringLiteral("2026-01"));
    CHECK(two.lastKey() == QStringLiteral("2026-02"));
    const MonthRange yearEnd = MonthRange::covering(range(1, 5, 1, 20)).previous();
    CHECK(yearEnd.firstKey() == QStringLiteral("2025-12"));

    auto before = ranking.totalsFor(march, {data.cola, data.chips, data.water});
    REQUIRE(before.ok());
    CHECK(before->value(data.cola).netMinor == 600);
    CHECK(before->value(data.cola).qtyMilli == 2000);
    CHECK(before->value(data.chips).netMinor == 3200);
    CHECK(before->value(data.water).netMinor == 200);

    // April: only the cola sold; a product without sales is there with zeros.
    auto now = ranking.totalsFor(april, {data.cola, data.chips});
    REQUIRE(now.ok());
    CHECK(now->value(data.cola).netMinor == 300);
    REQUIRE(now->contains(data.chips));
    CHECK(now->value(data.chips).netMinor == 0);
    CHECK(now->value(data.chips).qtyMilli == 0);
}

TEST_CASE("A reversed or missing date range is refused with a clear message", "[reports]")
{
    auto r = DateRange::make(QDate(2026, 3, 2), QDate(2026, 3, 1));
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(QStringLiteral("2026-03-02")));
    CHECK_FALSE(DateRange::make(QDate(), QDate(2026, 3, 1)).ok());
    auto one = DateRange::make(QDate(2026, 3, 1), QDate(2026, 3, 1));
    REQUIRE(one.ok());
    CHECK(one->days() == 1);
    CHECK(one->previous().from == QDate(2026, 2, 28));
}

TEST_CASE("Re-keying the product-month summary (schema step 8) keeps every row and the ranking", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    ProductMonthRollup(ts.db()).rollUp();  // the sales' lines into the table being re-keyed
    auto snapshot = [&] {
        QStringList rows;
        Statement s = ts.db().prepare("SELECT month, product_id, qty_milli, net_minor FROM sum_product_month ORDER BY 1, 2");
        while (s.step())
            rows << QStringLiteral("%1|%2|%3|%4").arg(s.text(0)).arg(s.int64(1)).arg(s.int64(2)).arg(s.int64(3));
        return rows;
    };
    const QStringList before = snapshot();
    REQUIRE(before.size() >= 3);
    const MonthRange months = MonthRange::covering(range(3, 1, 4, 30));
    const auto rankedBefore = ProductRanking(ts.db()).rank(months, RankOrder::Top, 10);
    REQUIRE(rankedBefore.ok());

    {
        Transaction tx(ts.db());
        productMonthByProduct(ts.db());
        tx.commit();
    }
    CHECK(snapshot() == before);
    const auto rankedAfter = ProductRanking(ts.db()).rank(months, RankOrder::Top, 10);
    REQUIRE(rankedAfter.ok());
    REQUIRE(rankedAfter->size() == rankedBefore->size());
    for (qsizetype i = 0; i < rankedAfter->size(); ++i) {
        CHECK(rankedAfter->at(i).productId == rankedBefore->at(i).productId);
        CHECK(rankedAfter->at(i).netMinor == rankedBefore->at(i).netMinor);
    }
    // The primary key now leads with the product: a product's months are one seek.
    Statement plan = ts.db().prepare("EXPLAIN QUERY PLAN SELECT sum(net_minor) FROM sum_product_month WHERE product_id = 1");
    REQUIRE(plan.step());
    CHECK(plan.text(3).contains(QStringLiteral("product_id=?")));
}

TEST_CASE("The previous period lines up with the breakdown: same days, whole weeks or whole months back", "[reports]")
{
    // By day: the same number of days right before.
    auto d = previousRangeFor(range(3, 10, 3, 16), SalesPeriod::Day);
    CHECK(d.from == QDate(2026, 3, 3));
    CHECK(d.to == QDate(2026, 3, 9));
    // By week: whole weeks back, so each row faces the same weekdays (10 days span 2 weeks).
    auto w = previousRangeFor(range(3, 14, 3, 23), SalesPeriod::Week);
    CHECK(w.from == QDate(2026, 2, 28));
    CHECK(w.to == QDate(2026, 3, 9));
    CHECK(w.from.dayOfWeek() == QDate(2026, 3, 14).dayOfWeek());
    // By month: March faces February (not 29 January - 28 February), a quarter the quarter before,
    // and a month's last day stays its last day.
    auto m = previousRangeFor(range(3, 1, 3, 31), SalesPeriod::Month);
    CHECK(m.from == QDate(2026, 2, 1));
    CHECK(m.to == QDate(2026, 2, 28));
    auto q = previousRangeFor(range(1, 1, 3, 31), SalesPeriod::Month);
    CHECK(q.from == QDate(2025, 10, 1));
    CHECK(q.to == QDate(2025, 12, 31));
    auto feb = previousRangeFor(range(2, 1, 2, 28), SalesPeriod::Month);
    CHECK(feb.from == QDate(2026, 1, 1));
    CHECK(feb.to == QDate(2026, 1, 31));
    auto mid = previousRangeFor(range(3, 15, 4, 14), SalesPeriod::Month);
    CHECK(mid.from == QDate(2026, 1, 15));
    CHECK(mid.to == QDate(2026, 2, 14));

    // The comparison's totals are over the range it was given.
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    SalesReports reports(r.db);
    auto c = reports.compare(range(4, 1, 4, 30), m);
    REQUIRE(c.ok());
    CHECK(c->previous.from == QDate(2026, 2, 1));
    CHECK(c->previous.to == QDate(2026, 2, 28));
}
