#pragma once
// The manager's reports (core/reports) at full size, each through the same call the back-office
// report screen makes: every one ≤ 1 s, RFM ≤ 3 s (issue #8).

#include <QDate>

namespace patron {
class Clock;
class Database;
} // namespace patron

namespace patron::bench {

class Table;

// `runs` samples of each report over the year ending on `lastDay`.
void benchManagerReports(Database& db, const Clock& clock, const QDate& lastDay, int runs, Table& table);

} // namespace patron::bench
