#include "reports/DashboardReport.h"

#include <QJsonArray>

namespace patron {

Result<Dashboard> DashboardReport::build(const QDate& day) const
{
    Dashboard d;
    d.day = day;
    const DateRange days{day.addDays(1 - kTrendDays), day};
    auto today = m_sales.totals(DateRange{day, day});
    if (!today)
        return today.error();
    auto before = m_sales.totals(DateRange{day.addDays(-1), day.addDays(-1)});
    if (!before)
        return before.error();
    auto trend = m_sales.byPeriod(days, SalesPeriod::Day);
    if (!trend)
        return trend.error();
    auto previousTrend = m_sales.byPeriod(days.previous(), SalesPeriod::Day);
    if (!previousTrend)
        return previousTrend.error();
    // The trend's days and the day before them in one read of the ledgers.
    auto activity = m_activity.byDay(DateRange{days.from.addDays(-1), day});
    if (!activity)
        return activity.error();
    d.figures = *today;
    d.previousDay = *before;
    d.trend = *trend;
    d.previousTrend = *previousTrend;
    d.activityTrend = activity->mid(1);
    d.activity = activity->last().figures;
    d.previousActivity = activity->at(activity->size() - 2).figures;
    return d;
}

QJsonObject Dashboard::toJson() const
{
    QJsonArray t;
    for (qsizetype i = 0; i < trend.size(); ++i) {
        QJsonObject o{{QStringLiteral("day"), trend[i].label},
                      {QStringLiteral("sales"), trend[i].totals.sales},
                      {QStringLiteral("net_minor"), trend[i].totals.netMinor}};
        if (i < activityTrend.size()) {
            const QJsonObject members = activityTrend[i].figures.toJson();
            for (auto it = members.constBegin(); it != members.constEnd(); ++it)
                o.insert(it.key(), it.value());
        }
        t.append(o);
    }
    QJsonArray p;
    for (const PeriodSales& s : previousTrend)
        p.append(QJsonObject{{QStringLiteral("day"), s.label},
                             {QStringLiteral("sales"), s.totals.sales},
                             {QStringLiteral("net_minor"), s.totals.netMinor}});
    return QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("figures"), figures.toJson()},
                       {QStringLiteral("previous_day"), previousDay.toJson()},
                       {QStringLiteral("members"), activity.toJson()},
                       {QStringLiteral("previous_members"), previousActivity.toJson()},
                       {QStringLiteral("trend"), t},
                       {QStringLiteral("previous_trend"), p}};
}

} // namespace patron
