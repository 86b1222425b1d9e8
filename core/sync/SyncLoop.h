#pragma once
// Runs SyncWorker cycles until asked to stop: the body of `patron-cli sync run` and of the till's
// sync thread. Waits between cycles with SyncBackoff; stop() wakes it at once.

#include "sync/SyncBackoff.h"
#include "sync/SyncStatus.h"

#include <condition_variable>
#include <functional>
#include <mutex>

namespace patron {

class SyncWorker;

class SyncLoop {
public:
    using StatusFn = std::function<SyncStatus()>;
    using PublishFn = std::function<void(const SyncStatus&)>;

    SyncLoop(SyncWorker& worker, SyncBackoff backoff, StatusFn status, PublishFn publish);

    // Blocks until stop(); returns the number of cycles run. maxCycles > 0 ends earlier.
    int run(int maxCycles = 0);
    void stop();  // thread-safe
    // Ends the wait between cycles now (e.g. the till is closing and wants its events sent);
    // thread-safe. A cycle already running is not interrupted.
    void wakeNow();
    // Called on the loop's thread just before each cycle (the till shows "sending" then).
    void setCycleStarting(std::function<void()> fn) { m_cycleStarting = std::move(fn); }

private:
    SyncWorker& m_worker;
    SyncBackoff m_backoff;
    StatusFn m_status;
    PublishFn m_publish;
    std::function<void()> m_cycleStarting;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_wakeNow = false;
};

} // namespace patron
