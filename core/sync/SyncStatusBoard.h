#pragma once
// The latest SyncStatus, published by the sync thread and read by the till's status bar on the
// UI thread. statusChanged() is emitted from the publishing thread: connect with a queued
// connection (the default across threads).

#include "sync/SyncStatus.h"

#include <QMutex>
#include <QObject>

namespace patron {

class SyncStatusBoard : public QObject {
    Q_OBJECT
public:
    explicit SyncStatusBoard(QObject* parent = nullptr) : QObject(parent) {}
    SyncStatus status() const;
    void publish(const SyncStatus& status);
    // Only the count of events waiting: the till's own count right after a sale, between the
    // sync thread's cycles (which publish everything). Atomic with respect to publish().
    void setPendingEvents(qint64 pending);

signals:
    void statusChanged();

private:
    mutable QMutex m_mutex;
    SyncStatus m_status;
};

} // namespace patron
