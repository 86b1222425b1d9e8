#include "demo/SaleDayRange.h"

#include "store/Database.h"

namespace patron {

namespace {

// The id of the first sale at or after `id` whose business day is on or after `day`, assuming
// days never go back as ids grow; one past the last sale if there is none.
qint64 firstIdFrom(Database& db, const QString& day, qint64 lo, qint64 hi)
{
    // Invariant: every sale below lo is before `day`; every sale at or above hi is not.
    Statement at = db.cached("SELECT business_day FROM sales WHERE id >= ? ORDER BY id LIMIT 1");
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        at.reset();
        at.bind(1, mid);
        // Ids may have gaps: the first sale at or after mid stands for mid.
        if (at.step() && at.text(0) < day)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

SaleIdRange saleIdsOfDay(Database& db, const QDate& day)
{
    const qint64 end = db.queryInt64("SELECT coalesce(max(id), 0) + 1 FROM sales").value_or(1);
    const qint64 first = firstIdFrom(db, day.toString(Qt::ISODate), 1, end);
    return {first, firstIdFrom(db, day.addDays(1).toString(Qt::ISODate), first, end)};
}

} // namespace patron
