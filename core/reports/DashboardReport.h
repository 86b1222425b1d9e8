#pragma once
// The back office's first screen: one business day's figures (sales, transactions, average
// basket, members served, returns, discounts from sum_day; new members, top-ups and points
// issued and redeemed from MemberActivityReport), the same figures for the day before, and the
// 30-day trend ending on that day beside the 30 days before it.

#include "common/Result.h"
#include "reports/MemberActivityReport.h"
#include "reports/SalesReports.h"

namespace patron {

class Clock;

struct Dashboard {
    QDate day;
    SalesTotals figures;
    SalesTotals previousDay;
    MemberFigures activity;
    MemberFigures previousActivity;  // the day before
    QList<PeriodSales> trend;          // 30 days ending on `day`, oldest first, empty days as zeros
    QList<PeriodSales> previousTrend;  // the 30 days before those, oldest first
    QList<DayActivity> activityTrend;  // the same 30 days as `trend`
    QJsonObject toJson() const;
};

class DashboardReport {
public:
    static constexpr int kTrendDays = 30;
    DashboardReport(Database& db, const Clock& clock) : m_sales(db), m_activity(db, clock) {}
    Result<Dashboard> build(const QDate& day) const;

private:
    SalesReports m_sales;
    MemberActivityReport m_activity;
};

} // namespace patron
