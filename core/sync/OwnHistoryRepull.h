#pragma once
// The part of a restored till's re-pull that hq.pull does not cover: the points and stored-value
// entries this till itself pushed (head office never sends a till its own entries back), which a
// backup older than them lacks, and the receipt numbers it already used, so the next one it
// issues continues after them. Runs inside SyncWorker's re-pull (see ResyncGate), before the
// inbox is applied: the entries go through the inbox to the same idempotent handlers as every
// other pulled entry, after the members the re-pull brought.

#include "common/Result.h"

namespace patron {

class Database;
class HqClient;
class PullInbox;

class OwnHistoryRepull {
public:
    OwnHistoryRepull(Database& db, PullInbox& inbox) : m_db(db), m_inbox(inbox) {}

    // Returns how many entries were stored in the inbox. Each page commits on its own; an
    // interrupted run is repeated whole by the next re-pull (the handlers ignore duplicates).
    Result<int> fetch(HqClient& client, int pageSize);

private:
    Database& m_db;
    PullInbox& m_inbox;
};

} // namespace patron
