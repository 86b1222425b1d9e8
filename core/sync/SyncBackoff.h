#pragma once
// How long to wait before the next sync attempt: a steady interval while head office answers,
// exponential backoff with jitter while it does not (so twenty tills coming back after an
// outage do not all knock at once). Seeded, so tests are repeatable.

#include <QtGlobal>

#include <random>

namespace patron {

class SyncBackoff {
public:
    struct Policy {
        qint64 intervalMs = 30'000;   // between successful syncs
        qint64 firstRetryMs = 1'000;
        qint64 maxRetryMs = 300'000;  // five minutes
        int jitterPercent = 20;
    };
    explicit SyncBackoff(Policy policy, unsigned seed = std::random_device{}());

    qint64 afterSuccess();
    qint64 afterFailure();
    int failures() const { return m_failures; }

private:
    Policy m_policy;
    int m_failures = 0;
    std::minstd_rand m_rng;
};

} // namespace patron
