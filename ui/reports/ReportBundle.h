#pragma once
// ReportBundle: what one run of a report tab produced on the worker thread, handed to the tab
// on the UI thread. Plain values only (no connection, no widget).

#include "common/Error.h"
#include "reports/MembersOverview.h"
#include "reports/DashboardReport.h"
#include "reports/LiabilityReport.h"
#include "reports/ProductRanking.h"
#include "reports/SalesReports.h"

#include <QMetaType>

#include <optional>

namespace patron::ui {

enum class ReportKind { Dashboard, Sales, Products, Members, Liability };

struct ReportRequest {
    ReportKind kind = ReportKind::Dashboard;
    DateRange range;
    bool compare = false;
    QDate today;
    int topLimit = kDefaultTopLimit;  // top and bottom N products
    std::optional<RfmSegment> segment;  // Members: also list this segment's members
    std::optional<SalesPeriod> period;  // Sales: unset picks days, or months beyond a quarter

    // The members report's lists: birthdays in the coming days, and members away this long.
    static constexpr int kMinTopLimit = 5;
    static constexpr int kMaxTopLimit = 100;
    static constexpr int kDefaultTopLimit = 20;
    static constexpr int kBirthdayDays = 30;
    static constexpr int kDormantDays = 90;
    static constexpr int kMemberListLimit = 500;
};

struct ReportBundle {
    ReportRequest request;
    bool ok = false;
    bool cancelled = false;
    Error error;
    QString currency;

    Dashboard dashboard;
    SalesComparison comparison;
    QList<PeriodSales> byDay;
    QList<HourSales> byHour;
    SalesHeatMap heatMap;
    QList<CategorySales> byCategory;
    QList<CashierSales> byCashier;
    QList<TenderSales> byTender;
    MonthRange months;
    QList<ProductSales> top;
    QList<ProductSales> bottom;

    // With "compare" ticked: the same breakdowns over the previous period of the same length
    // (SalesComparison::previous), and the ranked products over the months before.
    QList<PeriodSales> previousByDay;
    QList<HourSales> previousByHour;
    QList<CategorySales> previousByCategory;
    QList<CashierSales> previousByCashier;
    QList<TenderSales> previousByTender;
    MonthRange previousMonths;
    QHash<qint64, ProductSales> previousProducts;  // by product id
    QList<CountRow> growth;
    QList<TierShare> tiers;
    RepeatRate repeat;
    RfmDrillDown rfm;
    QList<BirthdayEntry> birthdays;
    QList<Member> dormant;
    QList<LiabilityPoint> liability;
    std::optional<LiabilityPoint> liabilityBefore;  // compared: the month end before the first
};

} // namespace patron::ui

Q_DECLARE_METATYPE(patron::ui::ReportBundle)
