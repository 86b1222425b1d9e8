#include "MembersFixture.h"

#include "members/MemberMerge.h"

#include <QJsonDocument>

using namespace patron;
using namespace patron::test;

namespace {

MemberMerge mergerFor(MembersFixture& f)
{
    return MemberMerge(f.db(), f.clock(), f.ts.audit(), f.ts.outbox(), f.engine.members(), f.engine.searchIndex(),
                       f.engine.tiers());
}

// (uuid, remaining, expires_ms) of every points entry, by uuid: what a merge must not change.
QMap<QByteArray, QPair<qint64, qint64>> lots(MembersFixture& f)
{
    QMap<QByteArray, QPair<qint64, qint64>> out;
    Statement s = f.db().prepare("SELECT uuid, remaining, coalesce(expires_ms, -1) FROM points_entries");
    while (s.step())
        out.insert(s.blob(0), {s.int64(1), s.int64(2)});
    return out;
}

// A member with stored value, points lots, a coupon and a count card.
void fund(MembersFixture& f, qint64 id, qint64 topUpMinor, qint64 pointsDelta)
{
    REQUIRE_OK(f.engine.wallet().topUp(f.admin(), id, topUpMinor, QStringLiteral("cash"), {}));
    REQUIRE_OK(f.engine.points().adjust(f.admin(), id, pointsDelta, QStringLiteral("welcome")));
}

} // namespace

TEST_CASE("A merge moves stored value, points, coupons, count cards and sales to the survivor exactly", "[merge]")
{
    MembersFixture f;
    const Member a = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    const Member b = f.add(QStringLiteral("13900139000"), QStringLiteral("张三丰"));
    fund(f, a.id, 10000, 300);  // 100.00 + 10.00 bonus
    f.clock().advanceDays(40);  // B's lots expire later than A's
    fund(f, b.id, 60000, 20);   // 600.00 + 100.00 bonus, 500 bonus points
    REQUIRE_OK(f.engine.coupons().issueManually(f.admin(), b.id, QStringLiteral("PCT10")));
    REQUIRE_OK(f.engine.countCards().add(f.admin(), b.id, QStringLiteral("A1"), QStringLiteral("洗车"), 10, 365));
    f.db().execute("INSERT INTO member_activity_days(member_id, day, visits, spend_minor) VALUES (?, '2026-11-01', 1, 500),"
                   " (?, '2026-11-01', 2, 700), (?, '2026-11-02', 1, 100)",
                   a.id, b.id, b.id);
    const Member a0 = f.reload(a.id);
    const Member b0 = f.reload(b.id);
    const auto lotsBefore = lots(f);
    const qint64 bCoupons = f.scalar("SELECT count(*) FROM coupons WHERE member_id = ?", b.id);
    const qint64 aCoupons = f.scalar("SELECT count(*) FROM coupons WHERE member_id = ?", a.id);
    REQUIRE(b0.walletPrincipalMinor == 60000);
    REQUIRE(b0.walletBonusMinor == 10000);

    MemberMerge merge = mergerFor(f);
    auto profile = profileFieldsOf(b0, {QStringLiteral("mobile")});
    REQUIRE_OK(profile);
    auto r = merge.merge(f.admin(), {a.id, b.id, *profile});
    REQUIRE_OK(r);

    const Member after = f.reload(a.id);
    CHECK(after.walletPrincipalMinor == 10000 + 60000);
    CHECK(after.walletBonusMinor == 1000 + 10000);
    CHECK(after.pointsBalance == a0.pointsBalance + b0.pointsBalance);
    CHECK(after.pointsBalance == 300 + 500 + 20);
    CHECK(after.mobile == u"13900139000");  // taken from the merged member
    CHECK(after.name == u"张三");           // not taken: the survivor's
    CHECK(r->principalMoved == 60000);
    CHECK(r->bonusMoved == 10000);
    CHECK(r->pointsMoved == 520);
    CHECK(r->couponsMoved == bCoupons);
    CHECK(r->countCardsMoved == 1);
    CHECK(*f.engine.wallet().check(a.id));
    CHECK(f.engine.points().check(a.id)->ok());
    CHECK(lots(f) == lotsBefore);  // lots keep their remaining points and expiry dates
    CHECK(f.scalar("SELECT count(*) FROM coupons WHERE member_id = ?", a.id) == aCoupons + bCoupons);
    CHECK(f.scalar("SELECT count(*) FROM count_cards WHERE member_id = ?", a.id) == 1);
    CHECK(f.scalar("SELECT visits FROM member_activity_days WHERE member_id = ? AND day = '2026-11-01'", a.id) == 3);
    CHECK(f.scalar("SELECT spend_minor FROM member_activity_days WHERE member_id = ? AND day = '2026-11-01'", a.id) == 1200);
    CHECK(f.scalar("SELECT count(*) FROM member_activity_days WHERE member_id = ?", b.id) == 0);

    // The merged member: emptied, marked, and resolving to the survivor.
    CHECK(f.scalar("SELECT points_balance + wallet_principal_minor + wallet_bonus_minor FROM members WHERE id = ?", b.id) == 0);
    CHECK(f.scalar("SELECT merged_into_id FROM members WHERE id = ?", b.id) == a.id);
    CHECK(f.reload(b.id).id == a.id);
    CHECK(f.engine.members().resolve(QStringLiteral("id:%1").arg(b.id))->id == a.id);
    CHECK(f.engine.members().resolve(QStringLiteral("13900139000"))->id == a.id);

    // Liability is unchanged by a merge: money only changed hands.
    auto liability = f.engine.wallet().liability();
    CHECK(liability->principalMinor == 70000);
    CHECK(liability->bonusMinor == 11000);

    const QJsonObject event = QJsonDocument::fromJson(
        f.db().queryText("SELECT payload FROM outbox WHERE type = 'member.merged'")->toUtf8()).object();
    CHECK(event.value(QStringLiteral("survivor_uuid")).toString() == a.uuid.toString());
    CHECK(event.value(QStringLiteral("merged_uuid")).toString() == b.uuid.toString());
    CHECK(event.value(QStringLiteral("at")).toString() == isoWithOffset(f.clock().now()));
    CHECK(f.scalar("SELECT version FROM outbox WHERE type = 'member.merged' AND id > ?", 0) == 1);
    CHECK(f.scalar("SELECT count(*) FROM audit_log WHERE action = 'member.merge' AND id > ?", 0) == 1);
}

TEST_CASE("Merging into itself, twice, into a merged member or without a manager is refused", "[merge]")
{
    MembersFixture f;
    const Member a = f.add(QStringLiteral("13800138000"), QStringLiteral("甲"));
    const Member b = f.add(QStringLiteral("13900139000"), QStringLiteral("乙"));
    const Member c = f.add(QStringLiteral("13700137000"), QStringLiteral("丙"));
    fund(f, b.id, 10000, 50);
    MemberMerge merge = mergerFor(f);

    CHECK(merge.merge(f.admin(), {a.id, a.id, {}}).code() == ErrorCode::InvalidInput);
    CHECK(merge.merge(f.admin(), {a.id, 999, {}}).code() == ErrorCode::NotFound);
    Session cashier;
    cashier.userName = QStringLiteral("cashier");
    cashier.permissions = {perm::SaleCreate, perm::MemberEdit};
    CHECK(merge.merge(cashier, {a.id, b.id, {}}).code() == ErrorCode::PermissionDenied);
    CHECK(f.outboxCount(QStringLiteral("member.merged")) == 0);

    REQUIRE_OK(merge.merge(f.admin(), {a.id, b.id, {}}));
    const Member a1 = f.reload(a.id);
    CHECK(merge.merge(f.admin(), {c.id, b.id, {}}).code() == ErrorCode::Refused);  // twice
    CHECK(merge.merge(f.admin(), {b.id, c.id, {}}).code() == ErrorCode::Refused);  // into a merged member
    CHECK(f.reload(a.id).pointsBalance == a1.pointsBalance);
    CHECK(f.reload(a.id).walletPrincipalMinor == 10000);
    CHECK(f.reload(c.id).walletPrincipalMinor == 0);
    CHECK(f.outboxCount(QStringLiteral("member.merged")) == 1);

    // A profile field the survivor cannot take (the merged member's empty e-mail is fine, an
    // unknown field is not).
    CHECK(profileFieldsOf(a1, {QStringLiteral("shoe size")}).code() == ErrorCode::InvalidInput);
}

TEST_CASE("A merge that fails half-way leaves both members as they were", "[merge]")
{
    MembersFixture f;
    const Member a = f.add(QStringLiteral("13800138000"), QStringLiteral("甲"));
    const Member b = f.add(QStringLiteral("13900139000"), QStringLiteral("乙"));
    fund(f, a.id, 10000, 10);
    fund(f, b.id, 20000, 30);
    REQUIRE_OK(f.engine.countCards().add(f.admin(), b.id, QStringLiteral("A1"), QStringLiteral("洗车"), 5, 30));
    const Member a0 = f.reload(a.id);
    const Member b0 = f.reload(b.id);
    const qint64 events = f.outboxCount();
    // Fails after the points, stored value and coupons have moved inside the transaction.
    f.db().exec("CREATE TEMP TRIGGER refuse_card_move BEFORE UPDATE OF member_id ON count_cards"
                " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");

    auto r = mergerFor(f).merge(f.admin(), {a.id, b.id, *profileFieldsOf(b0, {QStringLiteral("name")})});
    CHECK_FALSE(r);

    const Member a1 = f.reload(a.id);
    const Member b1 = f.reload(b.id);
    CHECK(b1.id == b.id);  // not merged: still answers as itself
    CHECK(b1.mobile == b0.mobile);
    CHECK(a1.name == a0.name);
    CHECK(a1.pointsBalance == a0.pointsBalance);
    CHECK(b1.pointsBalance == b0.pointsBalance);
    CHECK(a1.walletPrincipalMinor == a0.walletPrincipalMinor);
    CHECK(b1.walletPrincipalMinor == b0.walletPrincipalMinor);
    CHECK(b1.walletBonusMinor == b0.walletBonusMinor);
    CHECK(f.scalar("SELECT count(*) FROM points_entries WHERE member_id = ?", b.id) > 0);
    CHECK(f.outboxCount() == events);
    CHECK(f.engine.members().resolve(b0.mobile)->id == b.id);
}

TEST_CASE("Duplicate candidates pair a member without a mobile with a same-name member", "[merge]")
{
    MembersFixture f;
    const Member a = f.add(QStringLiteral("13800138000"), QStringLiteral("王小明"));
    const Member pulled = f.add(QStringLiteral("13900139000"), QStringLiteral("王小明"), QDate(1990, 3, 20));
    f.add(QStringLiteral("13700137000"), QStringLiteral("李四"));
    // As a profile pulled from another store arrives when its mobile was already taken here.
    f.db().execute("UPDATE members SET mobile = NULL, mobile_last4 = NULL WHERE id = ?", pulled.id);
    MemberMerge merge = mergerFor(f);
    auto d = merge.duplicates();
    REQUIRE_OK(d);
    REQUIRE(d->size() == 1);
    CHECK(d->first().first.id == a.id);
    CHECK(d->first().second.id == pulled.id);
    REQUIRE_OK(merge.merge(f.admin(), {a.id, pulled.id, {}}));
    CHECK(merge.duplicates()->isEmpty());
    // The merged row gets no birthday coupon on "its" birthday (the survivor did not take it).
    f.clock().set(QDateTime(QDate(2026, 3, 20), QTime(9, 0), f.clock().now().timeZone()));
    REQUIRE_OK(f.engine.coupons().issueBirthdayCoupons());
    CHECK(f.scalar("SELECT count(*) FROM coupons WHERE member_id = ? AND source = 'birthday'", pulled.id) == 0);
}

TEST_CASE("Two members whose spend together reaches a tier are upgraded by the merge", "[merge]")
{
    MembersFixture f;
    const Member a = f.add(QStringLiteral("13800138000"), QStringLiteral("甲"));
    const Member b = f.add(QStringLiteral("13900139000"), QStringLiteral("甲"));
    f.purchase(a.id, 60000);  // silver needs ￥1,000 within the window; each has less
    f.purchase(b.id, 50000);
    REQUIRE(f.reload(a.id).tierCode == u"normal");
    REQUIRE(f.reload(b.id).tierCode == u"normal");
    REQUIRE_OK(mergerFor(f).merge(f.admin(), {a.id, b.id, {}}));
    const Member after = f.reload(a.id);
    CHECK(after.tierCode == u"silver");
    CHECK(after.spendMinor == 110000);
    CHECK(after.visits == 2);
    CHECK(f.scalar("SELECT count(*) FROM tier_changes WHERE member_id = ? AND to_tier = 'silver'", a.id) == 1);
}
