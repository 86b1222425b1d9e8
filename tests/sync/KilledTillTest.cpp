// The till killed during a push: patron-cli `sync once` as a real process, killed (SIGKILL) in
// the middle of its push, again and again, then the till opened again and synced. Passes when head office
// holds each event exactly once and its totals equal the till's.

#include "CliRunner.h"
#include "HqFixture.h"
#include "SaleEvents.h"
#include "TestEnv.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QElapsedTimer>
#include <QProcess>

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

using namespace patron;
using namespace patron::test;

TEST_CASE("a till killed in the middle of a push loses and duplicates nothing", "[sync][fault]")
{
    const quint32 seed = std::random_device{}();
    std::printf("KilledTill seed: %u\n", seed);
    INFO("KilledTill seed " << seed);
    std::mt19937 random(seed);
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    qint64 total = 0;
    {
        // One transaction: 1,200 events are written quickly, and leave in 6 batches of 200.
        Transaction tx(till.local().db());
        for (int i = 0; i < 1200; ++i) {
            const SaleEvent sale = makeSale(quint32(i + 1), 2, till.local().clock().now(), till.local().store().identity());
            till.local().outbox().append(QStringLiteral("sale.completed"), 1, sale.payload);
            total += sale.totalMinor;
        }
        tx.commit();
    }
    const qint64 events = till.local().outbox().pendingCount();
    {
        StoreSettings settings(till.local().db(), till.local().clock());
        REQUIRE_OK(SyncConfig(settings).save(till.connectInfo()));
    }
    const QString storeDir = till.local().dir();
    till.local().close();  // the process below opens the store, as the till's own sync would

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATRON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    int killed = 0;
    for (int round = 0; round < 12; ++round) {
        const qint64 before = hq.scalar("SELECT count(*) FROM hq.events");
        if (before == events)
            break;
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(CliRunner::executable(),
                {QStringLiteral("--data-dir"), storeDir, QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("once")});
        REQUIRE(p.waitForStarted(30000));
        // Killed once head office has committed a batch of this run, a random few ms later: the
        // till is then marking it pushed, or pushing the next one, or between the two. Watching
        // head office (not a guessed delay) puts the kill inside the push however loaded the
        // machine is.
        const int graceMs = int(random() % 40);
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && hq.scalar("SELECT count(*) FROM hq.events") == before
               && t.elapsed() < 60000)
            p.waitForFinished(2);
        if (!p.waitForFinished(graceMs)) {
            p.kill();  // SIGKILL: no handler, no clean-up, as a power cut or the task manager
            REQUIRE(p.waitForFinished(30000));
            ++killed;
        }
    }
    INFO("processes killed: " << killed);
    CHECK(killed > 0);

    till.local().reopen();
    PullInbox inbox(till.local().db(), till.local().clock());
    SyncState state(till.local().db(), till.local().clock());
    SyncWorker worker(till.local().db(), till.local().outbox(), inbox, state, till.local().clock(), till.connectInfo());
    const qint64 left = till.local().outbox().pendingCount();
    INFO("events left after the kills: " << left);
    auto finished = worker.runOnce();
    REQUIRE_OK(finished);
    CHECK(finished->pushed == left);
    CHECK(till.local().outbox().pendingCount() == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == events);
    CHECK(hq.scalar("SELECT count(DISTINCT uuid) FROM hq.events") == events);
    CHECK(hq.scalar("SELECT count(*) FROM hq.sales") == 1200);
    CHECK(hq.scalar("SELECT coalesce(sum(total_minor), 0) FROM hq.sales") == total);
}
