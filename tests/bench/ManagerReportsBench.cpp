#include "ManagerReportsBench.h"

#include "Measure.h"

#include "members/RfmAnalysis.h"
#include "reports/DashboardReport.h"
#include "reports/DateRange.h"
#include "reports/LiabilityReport.h"
#include "reports/MemberActivityReport.h"
#include "reports/MembersOverview.h"
#include "reports/ProductRanking.h"
#include "reports/ReportRules.h"
#include "reports/SalesReports.h"

#include <stdexcept>

namespace patron::bench {

namespace {

// A report that fails is a broken bench run, not a slow figure.
template <typename T>
void must(const Result<T>& r)
{
    if (!r)
        throw std::runtime_error(r.error().message.toStdString());
}

Check within(double p99, double limitMs)
{
    return {QStringLiteral("p99 <= %1 ms").arg(limitMs), p99 <= limitMs};
}

} // namespace

void benchManagerReports(Database& db, const Clock& clock, const QDate& lastDay, int runs, Table& table)
{
    const DateRange year = *DateRange::make(lastDay.addDays(-364), lastDay);
    const DateRange month = *DateRange::make(lastDay.addDays(-29), lastDay);
    const SalesReports sales(db);
    const auto row = [&](const QString& name, double limitMs, const std::function<void()>& fn) {
        const Samples s = measure(runs, [&](int) { fn(); });
        table.row(name, s, Samples(), {within(s.p99(), limitMs)});
    };
    row(QStringLiteral("report: dashboard"), 1000, [&] { must(DashboardReport(db, clock).build(lastDay)); });
    // The dashboard's member figures alone (new members, top-ups, points) for its 31 days, and
    // for 31 days half a year back: the ledgers are read from the first day asked for up to now.
    const MemberActivityReport activity(db, clock);
    row(QStringLiteral("report: member activity, 31 d"), 1000,
        [&] { must(activity.byDay(*DateRange::make(lastDay.addDays(-30), lastDay))); });
    row(QStringLiteral("report: member activity, 31 d, 6 months back"), 1000,
        [&] { must(activity.byDay(*DateRange::make(lastDay.addDays(-212), lastDay.addDays(-182)))); });
    row(QStringLiteral("report: sales vs previous, 365 d"), 1000, [&] { must(sales.compare(year)); });
    row(QStringLiteral("report: sales by day, 365 d"), 1000, [&] { must(sales.byPeriod(year, SalesPeriod::Day)); });
    row(QStringLiteral("report: sales by week, 365 d"), 1000, [&] { must(sales.byPeriod(year, SalesPeriod::Week)); });
    row(QStringLiteral("report: sales by month, 365 d"), 1000, [&] { must(sales.byPeriod(year, SalesPeriod::Month)); });
    row(QStringLiteral("report: sales by hour, 365 d"), 1000, [&] { must(sales.byHour(year)); });
    row(QStringLiteral("report: hour heat map, 365 d"), 1000, [&] { must(sales.heatMap(year)); });
    row(QStringLiteral("report: sales by category, 365 d"), 1000, [&] { must(sales.byCategory(year)); });
    row(QStringLiteral("report: sales by cashier, 365 d"), 1000, [&] { must(sales.byCashier(year)); });
    row(QStringLiteral("report: sales by tender, 365 d"), 1000, [&] { must(sales.byTender(year)); });
    row(QStringLiteral("report: top + bottom 20 products, 12 mo"), 1000, [&] {
        const ProductRanking ranking(db);
        const MonthRange months = MonthRange::covering(year);
        must(ranking.rank(months, RankOrder::Top, 20));
        must(ranking.rank(months, RankOrder::Bottom, 20));
    });
    row(QStringLiteral("report: top + bottom 20 products with the previous 12 mo"), 1000, [&] {
        const ProductRanking ranking(db);
        const MonthRange months = MonthRange::covering(year);
        auto top = ranking.rank(months, RankOrder::Top, 20);
        auto bottom = ranking.rank(months, RankOrder::Bottom, 20);
        must(top);
        must(bottom);
        QList<qint64> ids;
        for (const auto* list : {&*top, &*bottom})
            for (const ProductSales& p : *list)
                ids << p.productId;
        must(ranking.totalsFor(months.previous(), ids));
    });
    row(QStringLiteral("report: top 20 products, 30 d"), 1000,
        [&] { must(ProductRanking(db).rank(MonthRange::covering(month), RankOrder::Top, 20)); });

    const auto rules = loyaltyRulesForReports(db, clock);
    must(rules);
    const MembersOverview members(db, clock, rules->tiers);
    row(QStringLiteral("report: members growth by month"), 1000, [&] { must(members.growthByMonth()); });
    row(QStringLiteral("report: member tier distribution"), 1000, [&] { must(members.tiers()); });
    row(QStringLiteral("report: RFM segments"), 3000, [&] { must(members.rfm()); });
    row(QStringLiteral("report: RFM drill-down (lost)"), 3000, [&] { must(members.rfmSegment(RfmSegment::Lost)); });
    row(QStringLiteral("report: birthdays, next 30 d"), 1000, [&] { must(members.birthdays(30)); });
    row(QStringLiteral("report: dormant 90 d"), 1000, [&] { must(members.dormant(90)); });
    row(QStringLiteral("report: repeat rate"), 1000, [&] { must(members.repeatRate()); });
    const LiabilityReport liability(db, clock, rules->points.redeemPointsPerYuan);
    row(QStringLiteral("report: liability now"), 1000, [&] { must(liability.current()); });
    row(QStringLiteral("report: liability, 12 month ends"), 1000,
        [&] { must(liability.monthEnds(lastDay.addMonths(-11), lastDay)); });
}

} // namespace patron::bench
