#include "sales/BusinessDay.h"

#include "store/Database.h"

namespace patron {

QDate businessDayOf(const QDateTime& at, int cutoffHour)
{
    const QDate d = at.date();
    return at.time().hour() < cutoffHour ? d.addDays(-1) : d;
}

QDate currentBusinessDay(Database& db, const QDateTime& at, int cutoffHour)
{
    const QDate day = businessDayOf(at, cutoffHour);
    Statement s = db.cached("SELECT max(business_day) FROM z_reports");
    if (s.step() && !s.isNull(0)) {
        const QDate closed = QDate::fromString(s.text(0), Qt::ISODate);
        if (closed.isValid() && closed >= day)
            return closed.addDays(1);
    }
    return day;
}

} // namespace patron
