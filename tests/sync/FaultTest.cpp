// Pushing through failures: connections cut at random byte counts, head office stopped and
// restarted mid-push, acknowledgements lost, batches sent twice. Passes when head office holds
// each event exactly once and the totals match the tills'.

#include "FaultProxy.h"
#include "HqFixture.h"
#include "SaleEvents.h"
#include "TestEnv.h"
#include "store/Database.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

using namespace patron;
using namespace patron::test;

namespace {
void requireExactlyOnce(HqFixture& hq, qint64 events, qint64 total)
{
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == events);
    CHECK(hq.scalar("SELECT count(DISTINCT uuid) FROM hq.events") == events);
    CHECK(hq.scalar("SELECT coalesce(sum(total_minor), 0) FROM hq.sales") == total);
}
} // namespace

TEST_CASE("connections cut at random byte counts lose and duplicate nothing", "[sync][fault]")
{
    const quint32 seed = std::random_device{}();
    std::printf("FaultProxy seed: %u\n", seed);
    INFO("FaultProxy seed " << seed);
    HqFixture hq;
    FaultProxy proxy(hq.database().server().port(), seed);
    SyncOptions small;
    small.pushBatch = 7;  // many batches, many places to cut
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"), proxy.port());
    qint64 total = 0;
    for (int i = 0; i < 60; ++i)
        total += till.sell(quint32(i + 1), 2);
    const qint64 events = till.local().outbox().pendingCount();
    SyncWorker worker(till.local().db(), till.local().outbox(), till.inbox(), till.state(), till.local().clock(),
                      till.connectInfo(), small);
    proxy.setCutRange(200, 12000);
    int attempts = 0;
    while (till.local().outbox().pendingCount() > 0 && attempts < 400) {
        ++attempts;
        (void)worker.runOnce();
    }
    CHECK(proxy.connectionsCut() > 0);
    proxy.setCutRange(0, 0);
    worker.disconnect();  // the open connection still carries its cut limit
    REQUIRE_OK(worker.runOnce());
    CHECK(till.local().outbox().pendingCount() == 0);
    requireExactlyOnce(hq, events, total);
}

TEST_CASE("head office stopped and restarted in the middle of a push", "[sync][fault]")
{
    const quint32 seed = std::random_device{}();
    std::printf("Restart seed: %u\n", seed);
    INFO("Restart seed " << seed);
    // Stopped once head office holds this many events: anywhere in the first half of the push.
    const qint64 stopAfter = 1 + qint64(std::mt19937(seed)() % 500);
    HqFixture hq;
    PgServer& server = hq.database().server();
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    qint64 total = 0;
    {
        Transaction tx(till.local().db());
        for (int i = 0; i < 1000; ++i) {
            const SaleEvent sale = makeSale(quint32(i + 1), 3, till.local().clock().now(), till.local().store().identity());
            till.local().outbox().append(QStringLiteral("sale.completed"), 1, sale.payload);
            total += sale.totalMinor;
        }
        tx.commit();
    }
    const qint64 events = till.local().outbox().pendingCount();
    SyncOptions small;
    small.pushBatch = 5;  // 200 batches: the stop lands among them, however fast or loaded the machine
    SyncWorker worker(till.local().db(), till.local().outbox(), till.inbox(), till.state(), till.local().clock(),
                      till.connectInfo(), small);
    std::thread pusher([&] { (void)worker.runOnce(); });
    // Stop head office once the push is under way (by what it committed), not after a guessed
    // delay: a loaded machine may not even have connected by then.
    QElapsedTimer waited;
    waited.start();
    while (hq.scalar("SELECT count(*) FROM hq.events") < stopAfter && waited.elapsed() < 60000)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    REQUIRE(server.stop(true));
    pusher.join();
    const qint64 left = till.local().outbox().pendingCount();
    CHECK(left > 0);
    auto offline = worker.runOnce();
    REQUIRE_FALSE(offline.ok());
    CHECK(offline.code() == ErrorCode::Unavailable);
    CHECK_FALSE(till.state().status(left, true).online);
    REQUIRE(server.start());
    for (int i = 0; i < 5 && till.local().outbox().pendingCount() > 0; ++i)
        (void)worker.runOnce();
    CHECK(till.local().outbox().pendingCount() == 0);
    auto c = PgConnection::connect(hq.database().admin());  // the old admin session died with the server
    REQUIRE_OK(c);
    hq.admin() = std::move(*c);
    requireExactlyOnce(hq, events, total);
}

TEST_CASE("an acknowledgement lost after head office committed: the retry adds nothing", "[sync][fault]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    qint64 total = 0;
    for (int i = 0; i < 10; ++i)
        total += till.sell(quint32(i + 1), 2);
    const QList<OutboxEvent> batch = till.local().outbox().pending(100);
    // Head office commits the batch, but the till never hears back (nothing is marked).
    auto conn = PgConnection::connect(till.connectInfo());
    REQUIRE_OK(conn);
    REQUIRE_OK(HqClient(*conn).push(batch));
    REQUIRE(till.local().outbox().pendingCount() == batch.size());
    auto retry = till.worker().runOnce();
    REQUIRE_OK(retry);
    CHECK(retry->duplicates == batch.size());
    CHECK(till.local().outbox().pendingCount() == 0);
    requireExactlyOnce(hq, batch.size(), total);
}

TEST_CASE("the same batch pushed twice is applied once", "[sync][fault]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    const qint64 total = till.sell(1, 4) + till.sell(2, 1);
    const QList<OutboxEvent> batch = till.local().outbox().pending(100);
    auto conn = PgConnection::connect(till.connectInfo());
    REQUIRE_OK(conn);
    auto first = HqClient(*conn).push(batch);
    REQUIRE_OK(first);
    CHECK(first->applied == batch.size());
    auto second = HqClient(*conn).push(batch);
    REQUIRE_OK(second);
    CHECK(second->applied == 0);
    CHECK(second->duplicates == batch.size());
    requireExactlyOnce(hq, batch.size(), total);
}
