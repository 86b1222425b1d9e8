#pragma once
// The till's record of its sync with head office, in the local store: the pull cursor, every
// sync attempt, clock drift samples. The status the till shows is computed from it.

#include "sync/SyncStatus.h"

#include <QString>

#include <optional>

namespace patron {

class Clock;
class Database;
struct ClockSample;
struct Error;

struct SyncRunRecord {
    QString startedAt;
    int pushed = 0;
    int pulled = 0;
    std::optional<qint64> driftMs;
};

class SyncState {
public:
    SyncState(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Head office's opaque cursor ("" before the first pull).
    QString cursor() const;
    // Inside the caller's transaction, with the pulled rows it covers.
    void setCursor(const QString& cursor);

    // Each in its own transaction; throw StoreException on a storage error.
    void recordDrift(const ClockSample& sample);
    void recordSuccess(const SyncRunRecord& run);
    void recordFailure(const SyncRunRecord& run, const Error& error);

    // pendingEvents and configured come from the caller (outbox, config).
    SyncStatus status(qint64 pendingEvents, bool configured) const;

private:
    QString value(const char* key) const;
    void setValue(const char* key, const QString& value);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
