// Pushing outbox events: applied once by UUID, totals at head office equal the tills'.

#include "HqFixture.h"
#include "SaleEvents.h"
#include "TestEnv.h"
#include "common/Uuid.h"
#include "hq/HqReview.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

using namespace patron;
using namespace patron::test;

namespace {
qint64 storeTotal(HqFixture& hq, const QString& store)
{
    return hq.scalar("SELECT coalesce(sum(total_minor), 0) FROM hq.sales WHERE store_code = $1", {store});
}
} // namespace

TEST_CASE("two stores with several tills: every sale reaches head office once", "[sync][push]")
{
    HqFixture hq;
    std::vector<std::unique_ptr<TestTill>> tills;
    QMap<QString, qint64> expected;
    int events = 0;
    for (const char* store : {"SH01", "BJ01"})
        for (const char* till : {"T1", "T2", "T3"}) {
            tills.push_back(std::make_unique<TestTill>(hq, QString::fromLatin1(store), QString::fromLatin1(till)));
            TestTill& t = *tills.back();
            for (int i = 0; i < 25; ++i) {
                t.local().clock().advanceSecs(37);
                expected[QString::fromLatin1(store)] += t.sell(quint32(1000 * tills.size() + i), 1 + i % 4);
            }
            events += int(t.local().outbox().pendingCount());  // sales plus the admin's user.added
        }
    for (auto& t : tills) {
        auto r = t->worker().runOnce();
        REQUIRE_OK(r);
        CHECK(r->duplicates == 0);
        CHECK(t->local().outbox().pendingCount() == 0);
    }
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == events);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE status <> 'applied'") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.sales") == 150);
    CHECK(storeTotal(hq, QStringLiteral("SH01")) == expected[QStringLiteral("SH01")]);
    CHECK(storeTotal(hq, QStringLiteral("BJ01")) == expected[QStringLiteral("BJ01")]);
    CHECK(hq.scalar("SELECT count(*) FROM hq.staff WHERE name = 'admin'") == 2);
    // Lines and payments add up to the sale totals at head office too.
    CHECK(hq.scalar("SELECT coalesce(sum(total_minor), 0) FROM hq.sale_lines")
          == expected[QStringLiteral("SH01")] + expected[QStringLiteral("BJ01")]);
    CHECK(hq.scalar("SELECT coalesce(sum(amount_minor), 0) FROM hq.payments")
          == expected[QStringLiteral("SH01")] + expected[QStringLiteral("BJ01")]);

    // Nothing left: a second cycle pushes nothing and succeeds.
    auto again = tills.front()->worker().runOnce();
    REQUIRE_OK(again);
    CHECK(again->pushed == 0);
    auto status = tills.front()->state().status(0, true);
    CHECK(status.online);
    CHECK_FALSE(status.lastSuccessAt.isEmpty());
}

TEST_CASE("foundation events are applied at head office", "[sync][push]")
{
    HqFixture hq;
    TestTill t(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    const QString storeUuid = t.local().store().identity().storeUuid;
    t.record(QStringLiteral("store.initialized"), 1,
           {{QStringLiteral("store_uuid"), storeUuid}, {QStringLiteral("store_code"), QStringLiteral("SH01")},
            {QStringLiteral("store_name"), QStringLiteral("x")}, {QStringLiteral("till_code"), QStringLiteral("T1")},
            {QStringLiteral("currency"), QStringLiteral("CNY")}});
    REQUIRE_OK(t.local().users().add(t.local().admin(), QStringLiteral("alice"), QStringLiteral("Alice"),
                                     QStringLiteral("cashier"), QStringLiteral("4321")));
    REQUIRE_OK(t.local().users().setDisabled(t.local().admin(), QStringLiteral("alice"), true));
    t.record(QStringLiteral("store.restored"), 1, {{QStringLiteral("receipt_epoch"), 3}});
    REQUIRE_OK(t.worker().runOnce());
    CHECK(hq.scalar("SELECT count(*) FROM hq.stores WHERE store_uuid = $1::uuid AND currency = 'CNY'", {storeUuid}) == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.staff WHERE name = 'alice' AND role = 'cashier' AND disabled") == 1);
    CHECK(hq.scalar("SELECT receipt_epoch FROM hq.tills") == 3);
}

TEST_CASE("unknown types, newer formats and bad payloads are kept and listed, never dropped", "[sync][push]")
{
    HqFixture hq;
    TestTill t(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    t.record(QStringLiteral("coupon.issued"), 1, {{QStringLiteral("coupon_uuid"), QStringLiteral("x")}});
    t.record(QStringLiteral("points.entry"), 7, {{QStringLiteral("entry_uuid"), QStringLiteral("y")}});
    SaleEvent bad = makeSale(5, 2, t.local().clock().now(), t.local().store().identity());
    bad.payload[QStringLiteral("total_minor")] = bad.totalMinor + 1;  // lines no longer add up
    t.record(QStringLiteral("sale.completed"), 1, bad.payload);
    auto r = t.worker().runOnce();
    REQUIRE_OK(r);
    CHECK(r->notApplied == 3);
    CHECK(t.local().outbox().pendingCount() == 0);  // head office has them: the till is done

    HqReview review(hq.admin());
    auto listed = review.unappliedEvents();
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 3);
    QStringList statuses;
    for (const auto& v : *listed)
        statuses << v.toObject().value(QStringLiteral("status")).toString();
    statuses.sort();
    CHECK(statuses == QStringList{QStringLiteral("rejected"), QStringLiteral("unknown_type"), QStringLiteral("unsupported_version")});
    CHECK(hq.scalar("SELECT count(*) FROM hq.sales") == 0);  // the rejected sale left no half rows
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE status = 'rejected' AND problem LIKE '%lines add up%'") == 1);
}

TEST_CASE("head office accepts the previous event format and upgrades it", "[sync][push]")
{
    HqFixture hq;
    TestTill t(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    const QString m = Uuid::v7(1).toString();
    t.record(QStringLiteral("member.registered"), 1,
           {{QStringLiteral("member_uuid"), m}, {QStringLiteral("mobile"), QStringLiteral("13800138000")},
            {QStringLiteral("name"), QStringLiteral("张三")}});
    REQUIRE_OK(t.worker().runOnce());
    CHECK(hq.scalar("SELECT count(*) FROM hq.members WHERE uuid = $1::uuid AND name = '张三' AND NOT marketing_consent", {m}) == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE status = 'applied' AND version = 1") >= 1);
}

TEST_CASE("twenty tills push concurrently, each to its own store; another till's pull sees every row",
          "[sync][push][concurrency]")
{
    HqFixture hq;
    constexpr int kTills = 20;
    // The observer's member: every pushing till gives them points, so each push transaction
    // writes a row the observer must pull, while it pulls.
    TestTill observer(hq, QStringLiteral("S00"), QStringLiteral("T9"));
    const QString member = Uuid::v7(99).toString();
    observer.record(QStringLiteral("member.registered"), 2,
                    {{QStringLiteral("member_uuid"), member}, {QStringLiteral("mobile"), QStringLiteral("13900000099")},
                     {QStringLiteral("name"), QStringLiteral("赵六")}, {QStringLiteral("marketing_consent"), false}});
    REQUIRE_OK(observer.worker().runOnce());
    std::vector<std::unique_ptr<TestTill>> tills;
    qint64 expected = 0;
    qint64 events = hq.scalar("SELECT count(*) FROM hq.events");  // the observer's
    for (int i = 0; i < kTills; ++i) {
        tills.push_back(std::make_unique<TestTill>(hq, QStringLiteral("S%1").arg(i, 2, 10, QChar(u'0')), QStringLiteral("T1")));
        for (int s = 0; s < 40; ++s) {
            expected += tills.back()->sell(quint32(i * 100 + s + 1), 2);
            if (s % 10 == 9)
                tills.back()->record(QStringLiteral("points.entry"), 1,
                                     {{QStringLiteral("entry_uuid"), Uuid::v7(qint64(1000 + i * 100 + s)).toString()},
                                      {QStringLiteral("member_uuid"), member}, {QStringLiteral("points"), 5},
                                      {QStringLiteral("reason"), QStringLiteral("earn")}});
        }
        events += tills.back()->local().outbox().pendingCount();
    }
    std::atomic<int> running{kTills};
    std::vector<std::thread> threads;
    std::vector<int> ok(kTills, 0);
    for (int i = 0; i < kTills; ++i)
        threads.emplace_back([&, i] {
            ok[size_t(i)] = tills[size_t(i)]->worker().runOnce().ok() ? 1 : 0;
            --running;
        });
    int observerPulls = 0, observerFailures = 0;
    while (running > 0) {
        ++observerPulls;
        if (!observer.worker().runOnce())
            ++observerFailures;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a till's pace, not a busy loop
    }
    for (auto& th : threads)
        th.join();
    REQUIRE_OK(observer.worker().runOnce());
    CHECK(std::count(ok.begin(), ok.end(), 1) == kTills);
    CHECK(observerFailures == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == events);
    CHECK(hq.scalar("SELECT count(DISTINCT store_code) FROM hq.sales") == kTills);
    CHECK(hq.scalar("SELECT coalesce(sum(total_minor), 0) FROM hq.sales") == expected);
    // Pulled while the entries were being committed, and once after: none skipped.
    INFO("observer pulls during the pushes: " << observerPulls);
    CHECK(observer.local().db().queryInt64("SELECT count(DISTINCT key) FROM hq_inbox WHERE kind = 'points'") == kTills * 4);
}
