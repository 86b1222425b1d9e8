#include "reports/SalesReports.h"

#include "store/Database.h"

#include <QMap>

#include <algorithm>

namespace patron {

namespace {

QString day(const QDate& d) { return d.toString(Qt::ISODate); }

QDate periodStart(const QDate& d, SalesPeriod p)
{
    switch (p) {
    case SalesPeriod::Day: return d;
    case SalesPeriod::Week: return d.addDays(1 - d.dayOfWeek());
    case SalesPeriod::Month: return QDate(d.year(), d.month(), 1);
    }
    return d;
}

QDate nextPeriod(const QDate& start, SalesPeriod p)
{
    switch (p) {
    case SalesPeriod::Day: return start.addDays(1);
    case SalesPeriod::Week: return start.addDays(7);
    case SalesPeriod::Month: return start.addMonths(1);
    }
    return start.addDays(1);
}

QString periodLabel(const QDate& start, SalesPeriod p)
{
    switch (p) {
    case SalesPeriod::Day: return day(start);
    case SalesPeriod::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case SalesPeriod::Month: return start.toString(QStringLiteral("yyyy-MM"));
    }
    return day(start);
}

} // namespace

qint64 SalesHeatMap::maxNetMinor() const
{
    qint64 m = 0;
    for (const auto& row : netMinor)
        for (qint64 v : row)
            m = std::max(m, v);
    return m;
}

qint64 CategorySales::marginBp() const { return roundedDiv(marginMinor() * 10000, netMinor); }

std::optional<qint64> SalesComparison::netChangeBp() const
{
    if (previousTotals.netMinor == 0)
        return std::nullopt;
    const qint64 prev = previousTotals.netMinor;
    return roundedDiv((currentTotals.netMinor - prev) * 10000, prev < 0 ? -prev : prev);
}

Result<SalesTotals> SalesReports::totals(const DateRange& r) const
{
    return guarded([&] {
        Statement s = m_db.prepare("SELECT " PATRON_SUM_DAY_SUMS " FROM sum_day WHERE business_day BETWEEN ? AND ?");
        s.bindAll(day(r.from), day(r.to));
        s.step();
        return SalesTotals::fromRow(s, 0);
    });
}

DateRange previousRangeFor(const DateRange& r, SalesPeriod period)
{
    switch (period) {
    case SalesPeriod::Day:
        break;
    case SalesPeriod::Week: {
        const qint64 weeks = (r.days() + 6) / 7;
        return DateRange{r.from.addDays(-7 * weeks), r.to.addDays(-7 * weeks)};
    }
    case SalesPeriod::Month: {
        const int months = (r.to.year() - r.from.year()) * 12 + r.to.month() - r.from.month() + 1;
        // A range ending on a month's last day ends on the last day of the earlier month too
        // (QDate::addMonths clamps the 31st to the 28th, but the 28th must become the 31st).
        const bool toMonthEnd = r.to.day() == r.to.daysInMonth();
        QDate to = r.to.addMonths(-months);
        if (toMonthEnd)
            to = QDate(to.year(), to.month(), to.daysInMonth());
        return DateRange{r.from.addMonths(-months), to};
    }
    }
    return r.previous();
}

Result<SalesComparison> SalesReports::compare(const DateRange& r) const { return compare(r, r.previous()); }

Result<SalesComparison> SalesReports::compare(const DateRange& r, const DateRange& previous) const
{
    SalesComparison c{r, previous, {}, {}};
    auto now = totals(c.current);
    if (!now)
        return now.error();
    auto before = totals(c.previous);
    if (!before)
        return before.error();
    c.currentTotals = *now;
    c.previousTotals = *before;
    return c;
}

Result<QList<PeriodSales>> SalesReports::byPeriod(const DateRange& r, SalesPeriod p) const
{
    return guarded([&] {
        QList<PeriodSales> out;
        QMap<QDate, qsizetype> index;  // period start -> row
        for (QDate start = periodStart(r.from, p); start <= r.to; start = nextPeriod(start, p)) {
            index.insert(start, out.size());
            out.append({std::max(start, r.from), periodLabel(start, p), {}});
        }
        Statement s = m_db.prepare("SELECT business_day, " PATRON_SUM_DAY_COLUMNS
                                   " FROM sum_day WHERE business_day BETWEEN ? AND ? ORDER BY business_day");
        s.bindAll(day(r.from), day(r.to));
        while (s.step()) {
            const QDate d = QDate::fromString(s.text(0), Qt::ISODate);
            const auto it = index.constFind(periodStart(d, p));
            if (it != index.cend())
                out[*it].totals += SalesTotals::fromRow(s, 1);
        }
        return out;
    });
}

Result<QList<HourSales>> SalesReports::byHour(const DateRange& r) const
{
    return guarded([&] {
        QList<HourSales> out;
        for (int h = 0; h < 24; ++h)
            out.append({h, 0, 0});
        Statement s = m_db.prepare("SELECT hour, sum(sales), sum(net_minor) FROM sum_hour"
                                   " WHERE business_day BETWEEN ? AND ? GROUP BY hour");
        s.bindAll(day(r.from), day(r.to));
        while (s.step()) {
            const qint64 h = s.int64(0);
            if (h >= 0 && h < 24) {
                out[h].sales = s.int64(1);
                out[h].netMinor = s.int64(2);
            }
        }
        return out;
    });
}

Result<SalesHeatMap> SalesReports::heatMap(const DateRange& r) const
{
    return guarded([&] {
        // Per day and hour (a few thousand rows a year); the weekday comes from the date here,
        // which is cheaper and clearer than strftime('%w') arithmetic in SQL.
        SalesHeatMap map;
        Statement s = m_db.prepare("SELECT business_day, hour, sales, net_minor FROM sum_hour WHERE business_day BETWEEN ? AND ?");
        s.bindAll(day(r.from), day(r.to));
        while (s.step()) {
            const QDate d = QDate::fromString(s.text(0), Qt::ISODate);
            const qint64 h = s.int64(1);
            if (!d.isValid() || h < 0 || h >= 24)
                continue;
            map.sales[d.dayOfWeek() - 1][h] += s.int64(2);
            map.netMinor[d.dayOfWeek() - 1][h] += s.int64(3);
        }
        return map;
    });
}

Result<QList<CategorySales>> SalesReports::byCategory(const DateRange& r) const
{
    return guarded([&] {
        QList<CategorySales> out;
        Statement s = m_db.prepare(
            "SELECT t.category_id, coalesce(c.path, ''), t.qty, t.net, t.cost FROM"
            " (SELECT category_id, sum(qty_milli) AS qty, sum(net_minor) AS net, sum(cost_minor) AS cost"
            "  FROM sum_category WHERE business_day BETWEEN ? AND ? GROUP BY category_id) t"
            " LEFT JOIN categories c ON c.id = t.category_id ORDER BY t.net DESC, c.path");
        s.bindAll(day(r.from), day(r.to));
        while (s.step())
            out.append({s.int64(0), s.text(1), s.int64(2), s.int64(3), s.int64(4)});
        return out;
    });
}

Result<QList<CashierSales>> SalesReports::byCashier(const DateRange& r) const
{
    return guarded([&] {
        QList<CashierSales> out;
        Statement s = m_db.prepare("SELECT cashier, sum(sales) AS n, sum(net_minor) AS net FROM sum_cashier"
                                   " WHERE business_day BETWEEN ? AND ? GROUP BY cashier ORDER BY net DESC, cashier");
        s.bindAll(day(r.from), day(r.to));
        while (s.step())
            out.append({s.text(0), s.int64(1), s.int64(2)});
        return out;
    });
}

Result<QList<TenderSales>> SalesReports::byTender(const DateRange& r) const
{
    return guarded([&] {
        QList<TenderSales> out;
        Statement s = m_db.prepare("SELECT tender, sum(count), sum(amount_minor) AS amount FROM sum_tender"
                                   " WHERE business_day BETWEEN ? AND ? GROUP BY tender ORDER BY amount DESC, tender");
        s.bindAll(day(r.from), day(r.to));
        while (s.step())
            out.append({s.text(0), s.int64(1), s.int64(2)});
        return out;
    });
}

} // namespace patron
