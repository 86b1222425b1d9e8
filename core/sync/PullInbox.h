#pragma once
// Changes pulled from head office, stored in the till's hq_inbox in the same transaction as the
// cursor that covers them, then applied by the handler registered for their kind.

#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace patron {

class Clock;
class Database;
class PullHandler;
struct PulledChange;

class PullInbox {
public:
    PullInbox(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    void setHandler(const QString& kind, std::shared_ptr<PullHandler> handler);
    // Inside the caller's transaction.
    void store(const QList<PulledChange>& changes);
    // Applies waiting changes of every kind that has a handler, oldest first, one transaction
    // per chunk; returns how many were applied.
    Result<int> applyPending();
    qint64 pendingCount() const;

private:
    Database& m_db;
    const Clock& m_clock;
    QMap<QString, std::shared_ptr<PullHandler>> m_handlers;
};

} // namespace patron
