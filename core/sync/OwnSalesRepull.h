#pragma once
// The sales and returns a restored till made after its backup, handed back by head office
// (hq.own_sales, schema 6) into the till's sale tables with their summaries, so its reports count
// them again, their members' visit and spend counters include them again, and a return of such a
// receipt works here. Returns without a receipt come back too (from schema-6 payloads that carry
// their lines and payments). Runs in SyncWorker's re-pull after the inbox is applied (the members
// the sales name are here by then). Idempotent by UUID: a sale or return the store already holds
// is skipped, and only what is written now moves a member's counters.

#include "common/Result.h"

namespace patron {

class Database;
class PgConnection;

class OwnSalesRepull {
public:
    explicit OwnSalesRepull(Database& db) : m_db(db) {}

    // Returns how many sales and returns were written. Each page commits on its own; an
    // interrupted run is repeated whole by the next re-pull.
    Result<int> fetch(PgConnection& conn, int pageSize);

private:
    Database& m_db;
};

} // namespace patron
