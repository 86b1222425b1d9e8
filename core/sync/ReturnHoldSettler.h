#pragma once
// The sync worker's step that settles the till's return holds at head office before it pushes
// (see ReturnHoldJournal): a committed return's hold is confirmed, an abandoned one (or one a
// crash left behind) released, and each row head office answered for is deleted. A row head
// office cannot be asked about now stays for the next cycle.

#include "common/Result.h"

namespace patron {

class Clock;
class Database;
class PgConnection;

class ReturnHoldSettler {
public:
    ReturnHoldSettler(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // How many holds were settled. An error when head office could not be asked (the rest wait).
    Result<int> settle(PgConnection& hq);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
