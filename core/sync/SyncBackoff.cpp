#include "sync/SyncBackoff.h"

#include <algorithm>

namespace patron {

SyncBackoff::SyncBackoff(Policy policy, unsigned seed) : m_policy(policy), m_rng(seed) {}

qint64 SyncBackoff::afterSuccess()
{
    m_failures = 0;
    return m_policy.intervalMs;
}

qint64 SyncBackoff::afterFailure()
{
    ++m_failures;
    qint64 delay = m_policy.firstRetryMs;
    for (int i = 1; i < m_failures && delay < m_policy.maxRetryMs; ++i)
        delay *= 2;
    delay = std::min(delay, m_policy.maxRetryMs);
    // Uniform in [delay - jitter, delay + jitter], by integer arithmetic on the raw generator
    // (the standard distributions differ between library implementations).
    const qint64 jitter = delay * m_policy.jitterPercent / 100;
    if (jitter > 0)
        delay += qint64(m_rng() % quint64(2 * jitter + 1)) - jitter;
    return std::max<qint64>(delay, 0);
}

} // namespace patron
