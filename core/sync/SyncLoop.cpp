#include "sync/SyncLoop.h"

#include "sync/SyncWorker.h"

#include <chrono>

namespace patron {

SyncLoop::SyncLoop(SyncWorker& worker, SyncBackoff backoff, StatusFn status, PublishFn publish)
    : m_worker(worker), m_backoff(std::move(backoff)), m_status(std::move(status)), m_publish(std::move(publish))
{
}

int SyncLoop::run(int maxCycles)
{
    int cycles = 0;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return cycles;
        }
        if (m_cycleStarting)
            m_cycleStarting();
        const bool ok = m_worker.runOnce().ok();
        ++cycles;
        if (m_publish)
            m_publish(m_status());
        if (maxCycles > 0 && cycles >= maxCycles)
            return cycles;
        const qint64 waitMs = ok ? m_backoff.afterSuccess() : m_backoff.afterFailure();
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return m_stop || m_wakeNow; });
        m_wakeNow = false;
    }
}

void SyncLoop::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

void SyncLoop::wakeNow()
{
    {
        std::lock_guard lock(m_mutex);
        m_wakeNow = true;
    }
    m_wake.notify_all();
}

} // namespace patron
