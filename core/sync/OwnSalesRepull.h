#pragma once
// The sales and returns a restored till made after its backup, handed back by head office
// (hq.own_sales, schema 6) into the till's sale tables with their summaries, so its reports count
// them again, their members' visit and spend counters include them again, and a return of such a
// receipt works here. Returns without a receipt come back too (from schema-6 payloads that carry
// their lines and payments). From schema 9 also its shifts (recreated, or closed as they were
// closed; each sale booked to its own shift's drawer) and, with a return of another store's
// receipt, that sale (written as the copy the return was made against). From schema 10 also the
// cash moved in and out of its shifts' drawers and its day-end (Z) reports, so an open shift's
// expected cash is what it was and a day already closed is neither closed nor sold into again.
// Runs in SyncWorker's re-pull after the inbox is applied (the members the sales name are here by
// then). Idempotent by UUID (a Z by its business day): what the store already holds is skipped,
// and only what is written now moves a member's counters.

#include "common/Result.h"

#include <QJsonObject>

namespace patron {

class Database;
class PgConnection;

class OwnSalesRepull {
public:
    explicit OwnSalesRepull(Database& db) : m_db(db) {}

    // Returns how many shifts, cash movements, day closes, sales and returns were written. Each
    // page commits on its own; an interrupted run is repeated whole by the next re-pull.
    Result<int> fetch(PgConnection& conn, int pageSize);

private:
    // One event of hq.own_sales; true when something was written now.
    bool writeEvent(const QJsonObject& event);
    // The other till's sale behind a return of it (the event's "original"), when the till lacks it.
    void writeOriginal(const QJsonObject& original, const QString& returnedAt);

    Database& m_db;
};

} // namespace patron
