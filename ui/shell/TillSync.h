#pragma once
// The till's side of head-office sync: when the store has a head-office connection, a worker
// thread runs SyncLoop on its own connection to the store and publishes to the status board;
// otherwise the board says "standalone" with the outbox count. Selling never waits for it.

#include "sync/SyncStatusBoard.h"

#include <QObject>

#include <memory>

class QThread;

namespace patron::ui {

class TillSession;

class TillSync : public QObject {
    Q_OBJECT
public:
    explicit TillSync(QObject* parent = nullptr);
    ~TillSync() override;

    SyncStatusBoard& board() { return m_board; }
    bool running() const { return m_thread != nullptr; }
    // Starts syncing the session's store (when it has a head office); stops any earlier run.
    // Called again after the head-office connection changed, it takes the new one up.
    void start(TillSession& session);
    // Runs a cycle now instead of after the back-off wait (nothing when not running).
    void sendNow();
    // Cycles the running thread has finished (0 when none runs): counted before the status of
    // each is published, so a statusChanged() handler sees its own cycle counted.
    qint64 cyclesFinished() const;
    // Wakes and joins the sync thread; safe when nothing runs.
    void stop();
    // Publishes the events waiting now (after a sale); the thread's next cycle publishes the rest.
    void refresh(TillSession& session);

signals:
    // A reason the thread could not start (e.g. the second connection failed); the till sells on.
    void failed(const QString& message);

private:
    struct Parts;
    SyncStatusBoard m_board;
    std::unique_ptr<Parts> m_parts;
    QThread* m_thread = nullptr;
};

} // namespace patron::ui
