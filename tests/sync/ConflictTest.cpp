// Cross-store rules: profile fields last-writer-wins by HLC, ledgers merge, duplicates and
// negative balances are listed for a manager, clock drift is measured and recorded.

#include "HqFixture.h"
#include "TestEnv.h"
#include "common/Uuid.h"
#include "hq/HqReview.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {
QJsonObject registration(const QString& uuid, const QString& mobile, const QString& name)
{
    return {{QStringLiteral("member_uuid"), uuid}, {QStringLiteral("mobile"), mobile}, {QStringLiteral("name"), name},
            {QStringLiteral("marketing_consent"), false}};
}

QString hqName(HqFixture& hq, const QString& uuid)
{
    auto r = hq.admin().exec("SELECT name FROM hq.members WHERE uuid = $1::uuid", {uuid});
    REQUIRE_OK(r);
    REQUIRE(r->rows() == 1);
    return r->text(0, 0);
}
} // namespace

TEST_CASE("profile fields are last-writer-wins by HLC, whatever order they arrive in", "[sync][conflict]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill b(hq, QStringLiteral("BJ01"), QStringLiteral("T1"));
    const QString m = Uuid::v7(100).toString();
    a.record(QStringLiteral("member.registered"), 2, registration(m, QStringLiteral("13700000000"), QStringLiteral("赵六")));
    REQUIRE_OK(a.worker().runOnce());

    // B edits later by its clock but pushes first; A's older edit arriving afterwards loses.
    a.local().clock().advanceSecs(10);
    b.local().clock().set(a.local().clock().now().addSecs(60));
    a.record(QStringLiteral("member.updated"), 1,
           {{QStringLiteral("member_uuid"), m}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("older")}}}});
    b.record(QStringLiteral("member.updated"), 1,
           {{QStringLiteral("member_uuid"), m},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("newer")}, {QStringLiteral("tier"), QStringLiteral("gold")}}}});
    REQUIRE_OK(b.worker().runOnce());
    REQUIRE_OK(a.worker().runOnce());
    CHECK(hqName(hq, m) == QStringLiteral("newer"));
    CHECK(hq.scalar("SELECT count(*) FROM hq.members WHERE tier = 'gold' AND mobile = '13700000000'") == 1);
}

TEST_CASE("equal HLC wall time and counter: the node name breaks the tie the same way everywhere", "[sync][conflict]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill b(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    const QString m = Uuid::v7(200).toString();
    a.record(QStringLiteral("member.registered"), 2, registration(m, QStringLiteral("13600000000"), QStringLiteral("x")));
    REQUIRE_OK(a.worker().runOnce());
    // Both tills issue their next HLC at the same instant with the same counter.
    const QDateTime t = a.local().clock().now().addSecs(5);
    a.local().clock().set(t);
    b.local().clock().set(t);
    b.record(QStringLiteral("member.updated"), 1,
           {{QStringLiteral("member_uuid"), m}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("from SH02")}}}});
    a.record(QStringLiteral("member.updated"), 1,
           {{QStringLiteral("member_uuid"), m}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("from SH01")}}}});
    REQUIRE_OK(b.worker().runOnce());
    REQUIRE_OK(a.worker().runOnce());
    // "…-SH02/T1" sorts after "…-SH01/T1".
    CHECK(hqName(hq, m) == QStringLiteral("from SH02"));
}

TEST_CASE("one mobile registered offline in two stores is listed as a conflict", "[sync][conflict]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill b(hq, QStringLiteral("BJ01"), QStringLiteral("T1"));
    a.record(QStringLiteral("member.registered"), 2, registration(Uuid::v7(1).toString(), QStringLiteral("13512345678"), QStringLiteral("甲")));
    b.record(QStringLiteral("member.registered"), 2, registration(Uuid::v7(2).toString(), QStringLiteral("13512345678"), QStringLiteral("乙")));
    b.record(QStringLiteral("member.registered"), 2, registration(Uuid::v7(3).toString(), QStringLiteral("13500000000"), QStringLiteral("丙")));
    REQUIRE_OK(a.worker().runOnce());
    REQUIRE_OK(b.worker().runOnce());
    HqReview review(hq.admin());
    auto conflicts = review.conflicts();
    REQUIRE_OK(conflicts);
    REQUIRE(conflicts->size() == 1);
    const QJsonObject c = conflicts->first().toObject();
    CHECK(c.value(QStringLiteral("kind")).toString() == QStringLiteral("duplicate_mobile"));
    CHECK(c.value(QStringLiteral("details")).toObject().value(QStringLiteral("mobile")).toString() == QStringLiteral("13512345678"));
    // Both members are still there: nothing is merged behind the manager's back.
    CHECK(hq.scalar("SELECT count(*) FROM hq.members WHERE mobile = '13512345678'") == 2);
    REQUIRE_OK(review.resolveConflict(qint64(c.value(QStringLiteral("id")).toInteger()), QStringLiteral("same person, merged by hand")));
    CHECK(review.conflicts()->isEmpty());
    CHECK(review.resolveConflict(qint64(c.value(QStringLiteral("id")).toInteger()), QStringLiteral("again")).code() == ErrorCode::NotFound);
}

TEST_CASE("ledgers merge by UUID and a balance below zero after the merge is listed", "[sync][conflict]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill b(hq, QStringLiteral("BJ01"), QStringLiteral("T1"));
    const QString m = Uuid::v7(300).toString();
    a.record(QStringLiteral("member.registered"), 2, registration(m, QStringLiteral("13311112222"), QStringLiteral("丁")));
    a.record(QStringLiteral("points.entry"), 1,
           {{QStringLiteral("entry_uuid"), Uuid::v7(301).toString()}, {QStringLiteral("member_uuid"), m},
            {QStringLiteral("points"), 100}, {QStringLiteral("reason"), QStringLiteral("earn")}});
    a.record(QStringLiteral("wallet.entry"), 1,
           {{QStringLiteral("entry_uuid"), Uuid::v7(302).toString()}, {QStringLiteral("member_uuid"), m},
            {QStringLiteral("principal_minor"), 10000}, {QStringLiteral("bonus_minor"), 2000}, {QStringLiteral("reason"), QStringLiteral("topup")}});
    // Both stores, offline, spend the same 80 points and most of the wallet.
    const QJsonObject spendPoints{{QStringLiteral("member_uuid"), m}, {QStringLiteral("points"), -80}, {QStringLiteral("reason"), QStringLiteral("redeem")}};
    QJsonObject pa = spendPoints, pb = spendPoints;
    pa[QStringLiteral("entry_uuid")] = Uuid::v7(303).toString();
    pb[QStringLiteral("entry_uuid")] = Uuid::v7(304).toString();
    a.record(QStringLiteral("points.entry"), 1, pa);
    b.record(QStringLiteral("points.entry"), 1, pb);
    b.record(QStringLiteral("wallet.entry"), 1,
           {{QStringLiteral("entry_uuid"), Uuid::v7(305).toString()}, {QStringLiteral("member_uuid"), m},
            {QStringLiteral("principal_minor"), -9000}, {QStringLiteral("bonus_minor"), 0}, {QStringLiteral("reason"), QStringLiteral("spend")}});
    REQUIRE_OK(a.worker().runOnce());
    REQUIRE_OK(b.worker().runOnce());
    CHECK(hq.scalar("SELECT sum(points) FROM hq.points_ledger WHERE member_uuid = $1::uuid", {m}) == -60);
    CHECK(hq.scalar("SELECT sum(principal_minor) FROM hq.wallet_ledger WHERE member_uuid = $1::uuid", {m}) == 1000);
    CHECK(hq.scalar("SELECT count(*) FROM hq.conflicts WHERE kind = 'negative_points' AND member_uuid = $1::uuid", {m}) == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.conflicts WHERE kind = 'negative_wallet'") == 0);
    // Pushing B's entries again (a lost acknowledgement) adds nothing.
    REQUIRE_OK(b.worker().runOnce());
    CHECK(hq.scalar("SELECT count(*) FROM hq.points_ledger") == 3);
}

TEST_CASE("clock drift is measured at every sync, warned beyond the threshold and recorded", "[sync][conflict]")
{
    HqFixture hq;
    TestTill t(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    t.local().clock().set(QDateTime::currentDateTime());
    auto near = t.worker().runOnce();
    REQUIRE_OK(near);
    REQUIRE(near->drift.has_value());
    CHECK(std::abs(near->drift->driftMs) < 5000);
    CHECK_FALSE(t.state().status(0, true).driftWarning);

    t.local().clock().set(QDateTime::currentDateTime().addSecs(-600));  // ten minutes slow
    auto far = t.worker().runOnce();
    REQUIRE_OK(far);
    CHECK(far->drift->driftMs < -595000);
    CHECK(far->drift->driftMs > -605000);
    const SyncStatus s = t.state().status(0, true);
    CHECK(s.driftWarning);
    CHECK(s.driftMs.value_or(0) < -595000);
    CHECK(t.local().db().queryInt64("SELECT count(*) FROM clock_drift WHERE warned = 1") == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.clock_drift WHERE warned") == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.clock_drift") == 2);
}
