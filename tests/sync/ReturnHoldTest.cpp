// A return's hold at head office survives a dropped line and a till that stops half-way (till
// schema 18, head office schema 8): the till journals the hold before asking, and its next sync
// cycle confirms a committed return's hold or releases one no return stands behind, so another
// till can return the units. Head-office calls run through the till's BlockingRunner.

#include "ReturnShop.h"
#include "TempStore.h"
#include "ThreadRunner.h"
#include "hq/HqReturnsClient.h"
#include "sync/ReturnHoldJournal.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

PgConnectInfo unreachable(HqFixture& hq, const TestTill& t)
{
    QString dsn = t.credentials().dsn;
    dsn.replace(QStringLiteral("port=%1").arg(hq.database().server().port()), QStringLiteral("port=1"));
    return hq.database().server().tillInfo(dsn);
}

qint64 confirmedHolds(HqFixture& hq)
{
    return hq.scalar("SELECT count(*) FROM hq.return_holds WHERE expires_at = 'infinity'");
}
} // namespace

TEST_CASE("a committed return's hold is confirmed by the next sync cycle, even after the line dropped",
          "[sync][returns][holds]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    Shop a(tillA), b(tillB);
    const SaleResult sale = a.sell(0, 2000, {{TenderKind::Cash, 2400, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());

    REQUIRE_OK(b.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor));
    // Held, committed here, not yet confirmed at head office: the line drops now.
    CHECK(hq.scalar("SELECT count(*) FROM hq.return_holds") == 1);
    CHECK(confirmedHolds(hq) == 0);
    CHECK(b.count("return_holds WHERE state = 'committed'") == 1);
    SyncWorker cut(b.db(), tillB.local().outbox(), tillB.inbox(), tillB.state(), tillB.local().clock(),
                   unreachable(hq, tillB));
    CHECK_FALSE(cut.runOnce());
    CHECK(b.count("return_holds WHERE state = 'committed'") == 1); // kept for the next cycle

    // Back online: confirmed, then pushed; the journal row goes away.
    REQUIRE_OK(tillB.worker().runOnce());
    CHECK(confirmedHolds(hq) == 1);
    CHECK(b.count("return_holds") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.returns WHERE store_code = 'SH02'") == 1);
    // A later cycle has nothing left to settle.
    REQUIRE_OK(tillB.worker().runOnce());
    CHECK(b.count("return_holds") == 0);
}

TEST_CASE("a till that stopped between the hold and the return has the hold released at its next sync",
          "[sync][returns][holds]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    TestTill tillC(hq, QStringLiteral("SH02"), QStringLiteral("T2"));
    Shop a(tillA), b(tillB), c(tillC);
    const SaleResult sale = a.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());

    // B fetches the sale and holds its one unit, then "crashes": no return, no release.
    REQUIRE_OK(b.returns.returnable(sale.receiptNo, sale.totalMinor));
    auto saleHere = b.db().queryText("SELECT uuid FROM sales WHERE receipt_no = ?", sale.receiptNo);
    REQUIRE(saleHere);
    const Uuid crashed = Uuid::v7(tillB.local().clock().nowMs());
    REQUIRE_OK(b.authority.reserve({crashed, sale.uuid, true, {{1, 1000}}}));
    CHECK(b.count("return_holds WHERE state = 'asked'") == 1);

    // C cannot return the unit meanwhile.
    CHECK(c.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor).code() == ErrorCode::Refused);
    CHECK(c.count("return_holds") == 0); // refused: nothing to settle

    // Restarted within the minute: a return may still be on its way, nothing is released.
    REQUIRE_OK(tillB.worker().runOnce());
    CHECK(b.count("return_holds WHERE state = 'asked'") == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.return_holds") == 1);

    // A minute on, no return behind the hold: released, and C can return the unit.
    tillB.local().clock().advanceMs(ReturnHoldJournal::kCrashAfterMs);
    REQUIRE_OK(tillB.worker().runOnce());
    CHECK(b.count("return_holds") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.return_holds") == 0);
    REQUIRE_OK(c.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor));
    REQUIRE_OK(tillC.worker().runOnce());
    CHECK(confirmedHolds(hq) == 1);
    CHECK(c.count("return_holds") == 0);
}

TEST_CASE("a return that fails after its hold lets go of it at once, or at the next sync when head office is away",
          "[sync][returns][holds]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    Shop a(tillA), b(tillB);
    const SaleResult sale = a.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());
    REQUIRE_OK(ShiftService(b.sales).close(tillB.local().admin(), 10000));

    SECTION("head office answers: released at once, nothing left to settle")
    {
        CHECK(b.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor).code() == ErrorCode::Refused); // no shift
        CHECK(hq.scalar("SELECT count(*) FROM hq.return_holds") == 0);
        CHECK(b.count("return_holds") == 0);
    }

    SECTION("the journal's abandoned hold is released by the sync worker")
    {
        // The hold, then the return's failure, recorded while head office cannot be told.
        REQUIRE_OK(b.returns.returnable(sale.receiptNo, sale.totalMinor));
        const Uuid ret = Uuid::v7(tillB.local().clock().nowMs());
        REQUIRE_OK(b.authority.reserve({ret, sale.uuid, true, {{1, 1000}}}));
        ReturnHoldJournal(b.db(), tillB.local().clock()).abandoned(ret);
        CHECK(b.count("return_holds WHERE state = 'abandoned'") == 1);
        REQUIRE_OK(tillB.worker().runOnce());
        CHECK(hq.scalar("SELECT count(*) FROM hq.return_holds") == 0);
        CHECK(b.count("return_holds") == 0);
    }
}

TEST_CASE("head-office calls of a return run through the till's runner", "[sync][returns][holds]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    ThreadRunner runner;
    Shop a(tillA), b(tillB, std::nullopt, &runner);
    const SaleResult sale = a.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());

    REQUIRE_OK(b.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor));
    // The sale fetched, the unit held: each call on another thread, each said what it waits for.
    REQUIRE(runner.said.size() == 2);
    CHECK(runner.said[0].contains(sale.receiptNo));
    CHECK(runner.said[1].contains(QStringLiteral("hold")));
    CHECK(b.count("sales WHERE kind = 'return'") == 1);
}

TEST_CASE("a hold the till moved while the sync worker settled it is not forgotten", "[sync][returns][holds]")
{
    TempStore t;
    ReturnHoldJournal journal(t.db(), t.clock());
    const Uuid ret = Uuid::v7(t.clock().nowMs()), sale = Uuid::v7(t.clock().nowMs());
    // The hold of a return of the till's own sale failed as unusable: abandoned, and the return
    // goes on by the till's own records.
    journal.asked(ret, sale);
    journal.abandoned(ret);
    const QList<ReturnHoldToSettle> due = journal.toSettle();
    REQUIRE(due.size() == 1);
    CHECK_FALSE(due[0].keep);
    // Meanwhile (the worker is telling head office to release it) the return commits.
    t.clock().advanceSecs(1);
    {
        Transaction tx(t.db());
        journal.committed(ret);
        tx.commit();
    }
    journal.forgetSettled(due[0]);
    // Still there, now to confirm at the next cycle.
    const QList<ReturnHoldToSettle> next = journal.toSettle();
    REQUIRE(next.size() == 1);
    CHECK(next[0].keep);
    journal.forgetSettled(next[0]);
    CHECK(journal.toSettle().isEmpty());
}
