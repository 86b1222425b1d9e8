#include "sync/SyncState.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "hq/HqClient.h"
#include "store/Database.h"

namespace patron {

QString SyncState::value(const char* key) const
{
    return m_db.queryText("SELECT value FROM sync_state WHERE key = ?", key).value_or(QString());
}

void SyncState::setValue(const char* key, const QString& value)
{
    m_db.execute("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)", key,
                 value.isNull() ? QStringLiteral("") : value);
}

QString SyncState::cursor() const { return value("pull_cursor"); }

void SyncState::setCursor(const QString& cursor)
{
    Q_ASSERT(m_db.inTransaction());
    setValue("pull_cursor", cursor);
}

void SyncState::recordDrift(const ClockSample& sample)
{
    Transaction tx(m_db);
    m_db.execute("INSERT INTO clock_drift(at, drift_ms, warn_ms, warned) VALUES (?, ?, ?, ?)",
                 isoWithOffset(m_clock.now()), sample.driftMs, sample.warnMs, sample.beyondThreshold());
    setValue("drift_ms", QString::number(sample.driftMs));
    setValue("drift_warning", sample.beyondThreshold() ? QStringLiteral("1") : QStringLiteral("0"));
    tx.commit();
}

void SyncState::recordSuccess(const SyncRunRecord& run)
{
    Transaction tx(m_db);
    const QString now = isoWithOffset(m_clock.now());
    m_db.execute("INSERT INTO sync_log(started_at, finished_at, ok, pushed, pulled, drift_ms) VALUES (?, ?, 1, ?, ?, ?)",
                 run.startedAt, now, run.pushed, run.pulled, run.driftMs);
    setValue("last_attempt_at", now);
    setValue("last_success_at", now);
    setValue("online", QStringLiteral("1"));
    setValue("last_error_code", QString());
    setValue("last_error", QString());
    tx.commit();
}

void SyncState::recordFailure(const SyncRunRecord& run, const Error& error)
{
    Transaction tx(m_db);
    const QString now = isoWithOffset(m_clock.now());
    m_db.execute("INSERT INTO sync_log(started_at, finished_at, ok, pushed, pulled, drift_ms, error_code, error)"
                 " VALUES (?, ?, 0, ?, ?, ?, ?, ?)",
                 run.startedAt, now, run.pushed, run.pulled, run.driftMs, errorCodeName(error.code), error.message);
    setValue("last_attempt_at", now);
    // Online means head office answered; a refusal (revoked till) is online but failing.
    setValue("online", error.code == ErrorCode::Unavailable ? QStringLiteral("0") : QStringLiteral("1"));
    setValue("last_error_code", errorCodeName(error.code));
    setValue("last_error", error.message);
    tx.commit();
}

SyncStatus SyncState::status(qint64 pendingEvents, bool configured) const
{
    SyncStatus s;
    s.configured = configured;
    s.pendingEvents = pendingEvents;
    s.online = value("online") == u"1";
    s.lastSuccessAt = value("last_success_at");
    s.lastAttemptAt = value("last_attempt_at");
    s.lastErrorCode = value("last_error_code");
    s.lastError = value("last_error");
    const QString drift = value("drift_ms");
    if (!drift.isEmpty())
        s.driftMs = drift.toLongLong();
    s.driftWarning = value("drift_warning") == u"1";
    s.inboxPending = m_db.queryInt64("SELECT count(*) FROM hq_inbox WHERE applied_at IS NULL").value_or(0);
    return s;
}

} // namespace patron
