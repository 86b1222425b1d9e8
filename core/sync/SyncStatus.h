#pragma once
// What the till shows about sync: online or not, events waiting, the last good sync, clock drift.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace patron {

struct SyncStatus {
    bool configured = false;
    bool online = false;          // the last attempt reached head office
    qint64 pendingEvents = 0;     // outbox events not yet committed at head office
    qint64 inboxPending = 0;      // pulled changes no domain has applied yet
    QString lastSuccessAt;        // ISO 8601 with offset; empty if never
    QString lastAttemptAt;
    QString lastErrorCode;        // errorCodeName(), empty after a success
    QString lastError;            // translated
    std::optional<qint64> driftMs;  // till minus head office, last measured
    bool driftWarning = false;    // beyond head office's threshold
    // A cycle (push, then pull) is running now. Only the till's status bar shows it; it is not
    // part of toJson(), because a status read from the store is never mid-cycle.
    bool syncing = false;

    QJsonObject toJson() const;
};

} // namespace patron
