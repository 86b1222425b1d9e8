#include "shell/TillSync.h"

#include "shell/TillSession.h"
#include "store/StoreSettings.h"
#include "sync/PullInbox.h"
#include "sync/PullHandlers.h"
#include "sync/SyncConfig.h"
#include "sync/SyncLoop.h"
#include "sync/SyncState.h"
#include "sync/SyncWorker.h"

#include <QThread>

#include <atomic>

namespace patron::ui {

// Everything the sync thread touches, on its own connection: SQLite connections are not shared
// between threads here, and the till's writes and the sync's wait for each other by busy_timeout.
struct TillSync::Parts {
    Database db;
    Outbox outbox;
    PullHandlers handlers;
    PullInbox inbox;
    SyncState state;
    SyncWorker worker;
    SyncLoop loop;
    std::atomic<qint64> cycles{0};  // finished, counted before each is published

    Parts(Database connection, const StoreIdentity& id, const Clock& clock, PgConnectInfo info, SyncStatusBoard& board)
        : db(std::move(connection)), outbox(db, id.storeCode, id.tillCode, clock), handlers(db, outbox, clock),
          inbox(db, clock), state(db, clock),
          worker(db, outbox, inbox, state, clock, std::move(info)),
          loop(worker, SyncBackoff(SyncBackoff::Policy{}), [this, &board] { return current(board, false); },
               [this, &board](const SyncStatus& s) {
                   ++cycles;
                   board.publish(s);
               })
    {
        handlers.install(inbox);
        // The events about to go, so the status bar can say "sending" while the cycle runs.
        loop.setCycleStarting([this, &board] { board.publish(current(board, true)); });
    }

    // The status from the store; a storage error (the store busy past the timeout) must not end
    // the sync thread: the last status stays, with the reason.
    SyncStatus current(const SyncStatusBoard& board, bool syncing)
    {
        auto read = guarded([&] { return state.status(outbox.pendingCount(), true); });
        SyncStatus s = read ? *read : board.status();
        if (!read)
            s.lastError = read.message();
        s.syncing = syncing;
        return s;
    }
};

TillSync::TillSync(QObject* parent) : QObject(parent) {}

TillSync::~TillSync() { stop(); }

void TillSync::start(TillSession& session)
{
    stop();
    Store& store = session.store();
    StoreSettings settings(store.db(), session.clock());
    const auto info = SyncConfig(settings).connectInfo();
    if (!info) {
        // Standalone (or just left head office): nothing of an earlier connection stays shown.
        SyncStatus s;
        s.pendingEvents = session.outbox().pendingCount();
        m_board.publish(s);
        return;
    }
    Database::Options options;
    options.busyTimeoutMs = 5000;  // the sync can wait; a checkout should not
    auto db = Database::open(store.paths().db, store.dataKey(), options);
    if (db) {
        auto configured = guarded([&] { db->configureForUse(); });
        if (!configured)
            db = configured.error();
    }
    if (!db) {
        SyncStatus s;
        s.configured = true;
        s.pendingEvents = session.outbox().pendingCount();
        s.lastError = db.message();
        m_board.publish(s);
        emit failed(db.message());
        return;
    }
    m_parts = std::make_unique<Parts>(std::move(*db), store.identity(), session.clock(), *info, m_board);
    m_board.publish(m_parts->state.status(m_parts->outbox.pendingCount(), true));
    Parts* parts = m_parts.get();
    m_thread = QThread::create([parts] { parts->loop.run(); });
    m_thread->setObjectName(QStringLiteral("patron-sync"));
    m_thread->start(QThread::LowPriority);
}

void TillSync::stop()
{
    if (m_thread) {
        m_parts->loop.stop();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_parts.reset();
}

qint64 TillSync::cyclesFinished() const { return m_parts ? m_parts->cycles.load() : 0; }

void TillSync::sendNow()
{
    if (m_parts)
        m_parts->loop.wakeNow();
}

void TillSync::refresh(TillSession& session)
{
    // A sale just added events: the status bar counts them now, not at the next cycle.
    m_board.setPendingEvents(session.outbox().pendingCount());
}

} // namespace patron::ui
