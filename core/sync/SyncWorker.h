#pragma once
// One sync cycle with head office: measure clock drift, settle the till's return holds
// (ReturnHoldSettler), push the outbox in batches (marking
// events pushed only after head office committed them), pull changes after the cursor into the
// inbox, apply them (after a restore, also this till's own entries: OwnHistoryRepull). Safe to
// interrupt anywhere: a retry repeats nothing head office keeps twice.
// Runs on whatever thread calls it; it owns its head-office connection, not the Database.

#include "common/Result.h"
#include "hq/HqClient.h"
#include "hq/PgConnectInfo.h"
#include "hq/PgConnection.h"

#include <optional>

namespace patron {

class Clock;
class Database;
class Outbox;
class PullInbox;
class SyncState;

struct SyncOptions {
    int pushBatch = 200;  // events per push transaction
    int pullPage = 500;   // changes per pull
};

struct SyncReport {
    int pushed = 0;      // events head office acknowledged (including duplicates)
    int duplicates = 0;  // already there: an earlier acknowledgement was lost
    int notApplied = 0;  // kept at head office but not applied (unknown type, newer format, rejected)
    int pulled = 0;
    int applied = 0;     // pulled changes applied locally
    std::optional<ClockSample> drift;
};

class SyncWorker {
public:
    SyncWorker(Database& db, Outbox& outbox, PullInbox& inbox, SyncState& state, const Clock& clock,
               PgConnectInfo info, SyncOptions options = {});

    Result<SyncReport> runOnce();
    void disconnect() { m_conn = PgConnection(); }

private:
    Result<void> ensureConnected();
    Result<void> measureDrift(SyncReport& report);
    Result<void> pushAll(SyncReport& report);
    Result<void> pullAll(SyncReport& report);

    Database& m_db;
    Outbox& m_outbox;
    PullInbox& m_inbox;
    SyncState& m_state;
    const Clock& m_clock;
    PgConnectInfo m_info;
    SyncOptions m_options;
    PgConnection m_conn;
};

} // namespace patron
