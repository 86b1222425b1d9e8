#include "store/BackupScheduler.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QThread>

namespace patron {

namespace {
// Who the audit log names for a run nobody started by hand.
const QString kSchedulerUser = QStringLiteral("scheduler");
} // namespace

BackupScheduler::BackupScheduler(Store& store, AuditLog& audit, const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_clock(clock), m_schedule(store.db(), audit, clock)
{
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
}

BackupScheduler::~BackupScheduler()
{
    m_timer.stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
    checkNow();
}

bool BackupScheduler::checkNow()
{
    // A timer tick while a checkout's transaction is open (a nested dialog) waits for the next tick.
    if (m_thread || m_store.db().inTransaction())
        return false;
    auto due = guarded([&] { return m_schedule.isDue(); });
    if (!due || !*due)
        return false;
    const BackupScheduleConfig config = m_schedule.config();
    const QDateTime now = m_clock.now();
    Store& store = m_store;
    m_thread = QThread::create([this, &store, config, now] {
        BackupRunOutcome outcome;
        outcome.at = now;
        Database::Options options;
        options.busyTimeoutMs = 10000;  // the backup can wait for a checkout's commit
        auto connection = Database::open(store.paths().db, store.dataKey(), options);
        if (connection)
            outcome = BackupSchedule::perform(store, *connection, config, now);
        else
            outcome.backup = connection.error();
        QMetaObject::invokeMethod(this, [this, outcome] { onDone(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("patron-backup"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackupScheduler::onDone(const BackupRunOutcome& outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const auto recorded = m_schedule.record(kSchedulerUser, outcome);
    const QString message = recorded ? m_schedule.lastRun().value_or(BackupRunRecord{}).message : recorded.message();
    emit runFinished(outcome.backup.ok() && recorded.ok(), message);
}

} // namespace patron
