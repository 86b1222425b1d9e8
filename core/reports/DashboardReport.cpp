#include "reports/DashboardReport.h"

#include <QJsonArray>

namespace patron {

Result<Dashboard> DashboardReport::build(const QDate& day) const
{
    Dashboard d;
    d.day = day;
    auto today = m_sales.totals(DateRange{day, day});
    if (!today)
        return today.error();
    auto before = m_sales.totals(DateRange{day.addDays(-1), day.addDays(-1)});
    if (!before)
        return before.error();
    auto trend = m_sales.byPeriod(DateRange{day.addDays(1 - kTrendDays), day}, SalesPeriod::Day);
    if (!trend)
        return trend.error();
    d.figures = *today;
    d.previousDay = *before;
    d.trend = *trend;
    return d;
}

QJsonObject Dashboard::toJson() const
{
    QJsonArray t;
    for (const PeriodSales& p : trend)
        t.append(QJsonObject{{QStringLiteral("day"), p.label},
                             {QStringLiteral("sales"), p.totals.sales},
                             {QStringLiteral("net_minor"), p.totals.netMinor}});
    return QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("figures"), figures.toJson()},
                       {QStringLiteral("previous_day"), previousDay.toJson()},
                       {QStringLiteral("trend"), t}};
}

} // namespace patron
