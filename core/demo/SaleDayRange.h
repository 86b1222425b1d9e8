#pragma once
// The sales of one business day in a store the demo generator wrote, as a rowid range. Nothing
// on a till reads sales by day (the reports read summaries), so sales has no index on
// business_day; the generator writes its days in order, one transaction each, so a day's sales
// are one run of ids, found by binary search in ~20 primary-key seeks.

#include <QDate>

namespace patron {

class Database;

struct SaleIdRange {
    qint64 first = 0;  // the day's first sale id
    qint64 end = 0;    // one past its last; first == end when the day has none
};

SaleIdRange saleIdsOfDay(Database& db, const QDate& day);

} // namespace patron
