#include "reports/DateRange.h"

#include <QCoreApplication>

namespace patron {

struct ReportsTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Reports)
};

Result<DateRange> DateRange::make(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidInput, ReportsTr::tr("A report needs a valid start and end date (YYYY-MM-DD)."));
    if (from > to)
        return makeError(ErrorCode::InvalidInput, ReportsTr::tr("The start date %1 is after the end date %2.")
                                                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return DateRange{from, to};
}

DateRange DateRange::previous() const
{
    const qint64 n = days();
    return DateRange{from.addDays(-n), from.addDays(-1)};
}

MonthRange MonthRange::covering(const DateRange& d)
{
    return MonthRange{QDate(d.from.year(), d.from.month(), 1), QDate(d.to.year(), d.to.month(), 1)};
}

MonthRange MonthRange::previous() const
{
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    return MonthRange{first.addMonths(-months), first.addMonths(-1)};
}

DateRange MonthRange::days() const { return DateRange{first, last.addMonths(1).addDays(-1)}; }
QString MonthRange::firstKey() const { return first.toString(QStringLiteral("yyyy-MM")); }
QString MonthRange::lastKey() const { return last.toString(QStringLiteral("yyyy-MM")); }

} // namespace patron
