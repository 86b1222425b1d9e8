#pragma once
// BackupScheduler: runs the BackupSchedule while the till is open. A timer on the till's thread
// asks whether a backup is due; the backup itself runs on a worker thread through a connection
// of its own (it exports committed data only, so it never captures a checkout half-way), and
// the run is recorded back on the till's thread. It never starts while the till's connection
// has a transaction open.

#include "store/BackupSchedule.h"

#include <QObject>
#include <QTimer>

class QThread;

namespace patron {

class AuditLog;
class Clock;
class Store;

class BackupScheduler : public QObject {
    Q_OBJECT
public:
    BackupScheduler(Store& store, AuditLog& audit, const Clock& clock, QObject* parent = nullptr);
    ~BackupScheduler() override;  // waits for a running backup

    // Checks at once (a run missed while the till was closed), then every `intervalMs`.
    void start(int intervalMs = 60 * 1000);
    // Starts a run when one is due; false when not due, already running or the store is busy.
    bool checkNow();
    bool isRunning() const { return m_thread != nullptr; }
    BackupSchedule& schedule() { return m_schedule; }

signals:
    void runFinished(bool ok, const QString& message);

private:
    void onDone(const BackupRunOutcome& outcome);

    Store& m_store;
    const Clock& m_clock;
    BackupSchedule m_schedule;
    QTimer m_timer;
    QThread* m_thread = nullptr;
};

} // namespace patron
