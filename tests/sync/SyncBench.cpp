// Push throughput against a real, durable PostgreSQL (fsync on): a 10,000-sale backlog from one
// till, and the same backlog spread over 20 tills pushing concurrently. Prints events/s; not a
// timed test. Run: PATRON_KDF_PROFILE=test build/dev/tests/sync/bench_sync [--sales N]

#include "HqFixture.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cstdio>
#include <thread>

using namespace patron;
using namespace patron::test;

namespace {
int salesFromEnv()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PATRON_BENCH_SALES", &ok);
    return ok && n > 0 ? n : 10000;
}
} // namespace

TEST_CASE("push throughput", "[bench]")
{
    qputenv("PATRON_PG_DURABLE", "1");
    const int sales = salesFromEnv();
    {
        HqFixture hq;
        TestTill till(hq, QStringLiteral("S00"), QStringLiteral("T1"));
        for (int i = 0; i < sales; ++i)
            till.sell(quint32(i + 1), 3);
        const qint64 events = till.local().outbox().pendingCount();
        QElapsedTimer t;
        t.start();
        REQUIRE(till.worker().runOnce().ok());
        const double s = double(t.elapsed()) / 1000.0;
        std::printf("one till:   %lld events in %.2f s = %.0f events/s (batch 200)\n", qlonglong(events), s, double(events) / s);
        CHECK(hq.scalar("SELECT count(*) FROM hq.events") == events);
    }
    {
        HqFixture hq;
        constexpr int kTills = 20;
        std::vector<std::unique_ptr<TestTill>> tills;
        qint64 events = 0;
        for (int i = 0; i < kTills; ++i) {
            tills.push_back(std::make_unique<TestTill>(hq, QStringLiteral("S%1").arg(i, 2, 10, QChar(u'0')), QStringLiteral("T1")));
            for (int s = 0; s < sales / kTills; ++s)
                tills.back()->sell(quint32(i * 100000 + s + 1), 3);
            events += tills.back()->local().outbox().pendingCount();
        }
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> threads;
        for (auto& till : tills)
            threads.emplace_back([&till] { (void)till->worker().runOnce(); });
        for (auto& th : threads)
            th.join();
        const double s = double(t.elapsed()) / 1000.0;
        std::printf("20 tills:   %lld events in %.2f s = %.0f events/s (batch 200, concurrent)\n", qlonglong(events), s,
                    double(events) / s);
        CHECK(hq.scalar("SELECT count(*) FROM hq.events") == events);
    }
}
