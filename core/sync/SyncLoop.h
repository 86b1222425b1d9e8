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

private:
    SyncWorker& m_worker;
    SyncBackoff m_backoff;
    StatusFn m_status;
    PublishFn m_publish;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

} // namespace patron
