#pragma once
// What a restored till's re-pull must bring back to what it was before the crash, read as text so
// a test compares a store before and after: the summary rows behind the X/Z and the reports, the
// payments per tender, a member's counters, the shifts with their drawers, the Z reports.

#include <QString>

namespace patron {
class Database;
class Uuid;
} // namespace patron

namespace patron::test {

// Every row of a query (one text column named r) as one text.
QString rows(Database& db, const char* sql);
// sum_daily whole: per day, hour, category, cashier, tender and drawer (the drawer's row by its
// shift's UUID, so a shift recreated under another local id still compares).
QString dayFigures(Database& db);
// The till's own payments per tender (another store's copies left out): count, amount, tendered.
QString tenderFigures(Database& db);
// What RFM and the member reports read of a member: the counters, the activity per day, the
// totals per tier.
QString memberFigures(Database& db, const Uuid& member);
// Every shift: cashier, day, opened, float, closed, counted, expected, by UUID.
QString shiftFigures(Database& db);
// Which shift each of the till's own sales and returns is booked to.
QString bookings(Database& db);
// Every cash movement: its shift's UUID, kind, amount, reason, user, time, by the movement's UUID.
QString cashMovements(Database& db);
// Every day-end (Z) report: day, closed at, by whom, the report.
QString dayCloses(Database& db);

} // namespace patron::test
