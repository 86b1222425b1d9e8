#pragma once
// Sales breakdowns for the manager, read only from the summary tables the checkout and returns
// keep (sum_day, sum_hour, sum_category, sum_cashier, sum_tender): never a GROUP BY over
// sale_lines, so a year of data answers in milliseconds. Returns are netted in. Run it on a
// reader connection (Store::openReader()) so it never holds up the till.

#include "common/Result.h"
#include "reports/DateRange.h"
#include "reports/SalesTotals.h"

#include <QList>
#include <QString>

#include <array>

namespace patron {

class Database;

enum class SalesPeriod { Day, Week, Month };  // weeks start on Monday

struct PeriodSales {
    QDate start;    // first day of the period inside the range
    QString label;  // "2026-03-14", "2026-W11", "2026-03"
    SalesTotals totals;
};

struct HourSales {
    int hour = 0;  // local hour of the sale, 0–23
    qint64 sales = 0;
    qint64 netMinor = 0;
};

// Weekday × hour: [0] is Monday, [6] Sunday.
struct SalesHeatMap {
    std::array<std::array<qint64, 24>, 7> netMinor{};
    std::array<std::array<qint64, 24>, 7> sales{};
    qint64 maxNetMinor() const;
};

struct CategorySales {
    qint64 categoryId = 0;  // 0: products without a category
    QString path;           // "饮料/碳酸饮料"; empty without a category
    qint64 qtyMilli = 0;
    qint64 netMinor = 0;
    qint64 costMinor = 0;
    qint64 marginMinor() const { return netMinor - costMinor; }
    qint64 marginBp() const;  // margin / net in basis points, 0 when nothing was sold
};

struct CashierSales {
    QString cashier;
    qint64 sales = 0;
    qint64 netMinor = 0;
};

struct TenderSales {
    QString tender;  // stable code: cash, card, wechat, …
    qint64 count = 0;
    qint64 amountMinor = 0;
};

struct SalesComparison {
    DateRange current;
    DateRange previous;  // same length, just before
    SalesTotals currentTotals;
    SalesTotals previousTotals;
    // Change of net sales in basis points; nullopt when the previous period sold nothing.
    std::optional<qint64> netChangeBp() const;
};

// The range to compare `range` with when it is shown by `period`: days, the same number of days
// right before; weeks, the same span moved back by whole weeks (so each row faces the same
// weekdays); months, moved back by whole months (March 1-31 faces February 1-28, not January
// 29 - February 28), so row i of the previous breakdown is the period before row i.
DateRange previousRangeFor(const DateRange& range, SalesPeriod period);

class SalesReports {
public:
    explicit SalesReports(Database& db) : m_db(db) {}

    Result<SalesTotals> totals(const DateRange& range) const;
    Result<SalesComparison> compare(const DateRange& range) const;  // against range.previous()
    Result<SalesComparison> compare(const DateRange& range, const DateRange& previous) const;
    // Every period of the range in order, empty ones included (zeros), so a chart has no gaps.
    Result<QList<PeriodSales>> byPeriod(const DateRange& range, SalesPeriod period) const;
    Result<QList<HourSales>> byHour(const DateRange& range) const;  // always 24 rows
    Result<SalesHeatMap> heatMap(const DateRange& range) const;
    // Largest net first; the category path as it is now in the catalog.
    Result<QList<CategorySales>> byCategory(const DateRange& range) const;
    Result<QList<CashierSales>> byCashier(const DateRange& range) const;  // largest net first
    Result<QList<TenderSales>> byTender(const DateRange& range) const;    // largest amount first

private:
    Database& m_db;
};

} // namespace patron
