#pragma once
// The business day a moment belongs to. A shop open past midnight stays in one day: with a
// cut-off at 04:00, a sale at 01:30 on the 15th belongs to the 14th. After the day's Z report the
// till moves on to the next day even before the cut-off.

#include <QDate>
#include <QDateTime>

namespace patron {

class Database;

QDate businessDayOf(const QDateTime& at, int cutoffHour);
// businessDayOf, but never a day this till has already closed with a Z report.
QDate currentBusinessDay(Database& db, const QDateTime& at, int cutoffHour);

} // namespace patron
