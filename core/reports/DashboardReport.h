#pragma once
// The back office's first screen: one business day's figures (sales, transactions, average
// basket, members served, returns, discounts), the same figures for the day before, and the
// 30-day trend ending on that day. From sum_day only.

#include "common/Result.h"
#include "reports/SalesReports.h"

namespace patron {

struct Dashboard {
    QDate day;
    SalesTotals figures;
    SalesTotals previousDay;
    QList<PeriodSales> trend;  // 30 days ending on `day`, oldest first, empty days as zeros
    QJsonObject toJson() const;
};

class DashboardReport {
public:
    static constexpr int kTrendDays = 30;
    explicit DashboardReport(Database& db) : m_sales(db) {}
    Result<Dashboard> build(const QDate& day) const;

private:
    SalesReports m_sales;
};

} // namespace patron
