#include "MembersFixture.h"

#include <QTimeZone>

using namespace patron;
using namespace patron::test;

namespace {
// Visits spread evenly over `spend`, the last one `daysAgo` days before now.
void history(MembersFixture& f, qint64 memberId, int daysAgo, int visits, qint64 spend)
{
    Transaction tx(f.db());
    for (int i = 0; i < visits; ++i)
        f.engine.activity().recordPurchase(memberId, spend / visits, f.clock().now().addDays(-daysAgo - (visits - 1 - i)));
    tx.commit();
}
} // namespace

TEST_CASE("RFM puts each member of a hand-made set in its segment", "[rfm]")
{
    MembersFixture f;
    // (days since last visit, visits, spend): averages R 50.5 → 50, F 5.5 → 6, M ￥505.
    struct Spec { int r, visits; qint64 m; RfmSegment expected; };
    const QList<Spec> specs = {
        {1, 10, 100000, RfmSegment::ImportantValue},  {100, 10, 100000, RfmSegment::ImportantRecall},
        {1, 1, 100000, RfmSegment::ImportantDevelop}, {100, 1, 100000, RfmSegment::ImportantRetain},
        {1, 10, 1000, RfmSegment::Potential},         {1, 1, 1000, RfmSegment::New},
        {100, 10, 1000, RfmSegment::Maintain},        {100, 1, 1000, RfmSegment::Lost},
    };
    QList<qint64> ids;
    for (int i = 0; i < specs.size(); ++i) {
        const Member m = f.add(QStringLiteral("1380000000%1").arg(i), QStringLiteral("会员%1").arg(i));
        history(f, m.id, specs[i].r, specs[i].visits, specs[i].m);
        ids << m.id;
    }
    f.add(QStringLiteral("13900000000"), QStringLiteral("从未购买"));  // never bought: not analysed

    RfmOptions options;
    auto result = f.engine.rfm().run(options);
    REQUIRE_OK(result);
    CHECK(result->analysed == 8);
    CHECK(result->recencyThresholdDays == 50);
    CHECK(result->frequencyThreshold == 6);
    CHECK(result->monetaryThresholdMinor == 50500);
    for (int s = 0; s < kRfmSegmentCount; ++s)
        CHECK(result->counts[s] == 1);
    for (int i = 0; i < specs.size(); ++i) {
        options.listSegment = specs[i].expected;
        auto listed = f.engine.rfm().run(options);
        INFO("segment " << rfmSegmentCode(specs[i].expected).toStdString());
        CHECK(listed->members == QList<qint64>{ids[i]});
    }

    // Thresholds can be set: nobody visits 11 times, so nobody is F-high.
    RfmOptions strict;
    strict.frequency = 11;
    auto s = f.engine.rfm().run(strict);
    CHECK(s->counts[int(RfmSegment::ImportantValue)] == 0);
    CHECK(s->counts[int(RfmSegment::ImportantDevelop)] == 2);  // members 0 and 2
    CHECK(s->counts[int(RfmSegment::New)] == 2);               // members 4 and 5

    // A 30-day window: only the four recent members bought in it.
    RfmOptions window;
    window.windowDays = 30;
    auto w = f.engine.rfm().run(window);
    CHECK(w->analysed == 4);

    RfmSegment parsed;
    REQUIRE(parseRfmSegment(QStringLiteral("重要唤回"), &parsed));
    CHECK(parsed == RfmSegment::ImportantRecall);
}

TEST_CASE("Birthdays across the year end, dormant members, tiers, growth and the campaign audience", "[reports]")
{
    MembersFixture f;
    f.clock().set(QDateTime(QDate(2026, 12, 25), QTime(9, 0), QTimeZone(8 * 3600)));
    const Member dec = f.add(QStringLiteral("13800000001"), QStringLiteral("十二月"), QDate(1990, 12, 30));
    const Member jan = f.add(QStringLiteral("13800000002"), QStringLiteral("一月"), QDate(1985, 1, 3));
    const Member feb = f.add(QStringLiteral("13800000003"), QStringLiteral("二月"), QDate(1992, 2, 10));
    const Member today = f.add(QStringLiteral("13800000004"), QStringLiteral("今天"), QDate(2000, 12, 25));
    auto b = f.engine.reports().birthdays(10);
    REQUIRE_OK(b);
    REQUIRE(b->size() == 3);
    CHECK(b->at(0).member.id == today.id);
    CHECK(b->at(0).inDays == 0);
    CHECK(b->at(1).member.id == dec.id);
    CHECK(b->at(1).inDays == 5);
    CHECK(b->at(2).member.id == jan.id);
    CHECK(b->at(2).nextBirthday == QDate(2027, 1, 3));
    CHECK(b->at(2).inDays == 9);

    history(f, dec.id, 5, 1, 1000);
    history(f, jan.id, 100, 1, 1000);
    f.clock().advanceDays(40);
    auto dormant = f.engine.reports().dormant(60);  // jan: 140 days; feb, today: joined 40 days ago
    REQUIRE(dormant->size() == 1);
    CHECK(dormant->first().id == jan.id);
    CHECK(f.engine.reports().dormant(30)->size() == 4);

    auto tiers = f.engine.reports().tierDistribution();
    REQUIRE(tiers->size() == 1);
    CHECK(tiers->first().key == u"normal");
    CHECK(tiers->first().count == 4);
    f.add(QStringLiteral("13800000005"), QStringLiteral("新年"));
    auto growth = f.engine.reports().growthByMonth();
    REQUIRE(growth->size() == 2);
    CHECK(growth->at(0).key == u"2026-12");
    CHECK(growth->at(0).count == 4);
    CHECK(growth->at(1).key == u"2027-02");

    MemberFields consent;
    consent.consentSms = true;
    REQUIRE_OK(f.engine.members().edit(f.admin(), feb.id, consent));
    auto sms = f.engine.reports().campaignAudience(CampaignChannel::Sms);
    REQUIRE(sms->size() == 1);
    CHECK(sms->first().id == feb.id);
    CHECK(f.engine.reports().campaignAudience(CampaignChannel::Email)->isEmpty());
}

TEST_CASE("Privacy export holds everything; erase anonymises and keeps the books balanced", "[privacy]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"), QDate(1990, 6, 1));
    REQUIRE_OK(f.engine.wallet().topUp(f.admin(), m.id, 60000, QStringLiteral("cash"), {}));
    REQUIRE_OK(f.engine.points().adjust(f.admin(), m.id, 321, QStringLiteral("gift")));
    const qint64 pointsSum = f.scalar("SELECT sum(amount) FROM points_entries WHERE member_id = ?", m.id);
    const qint64 walletSum = f.scalar("SELECT sum(principal_minor + bonus_minor) FROM wallet_entries WHERE member_id = ?", m.id);
    const auto liabilityBefore = *f.engine.wallet().liability();

    auto exported = f.engine.privacy().exportMember(f.admin(), m.id);
    REQUIRE_OK(exported);
    CHECK(exported->value(QStringLiteral("profile")).toObject().value(QStringLiteral("mobile")).toString() == u"13800138000");
    CHECK(exported->value(QStringLiteral("wallet_entries")).toArray().size() == 1);
    CHECK(exported->value(QStringLiteral("points_entries")).toArray().size() == 2);  // top-up bonus + adjustment
    CHECK(exported->value(QStringLiteral("coupons")).toArray().size() == 1);

    Session cashier;
    cashier.userName = QStringLiteral("cashier");
    cashier.permissions = defaultPermissions(Role::Cashier);
    CHECK(f.engine.privacy().erase(cashier, m.id, QStringLiteral("asked")).code() == ErrorCode::PermissionDenied);
    REQUIRE_OK(f.engine.privacy().erase(f.admin(), m.id, QStringLiteral("customer asked (PIPL art. 47)")));

    const Member erased = f.reload(m.id);
    CHECK(erased.isErased());
    CHECK(erased.name.isEmpty());
    CHECK(erased.mobile.isEmpty());
    CHECK_FALSE(erased.birthday.isValid());
    CHECK(erased.uuid == m.uuid);
    CHECK(erased.pointsBalance == pointsSum);
    CHECK(erased.walletBalanceMinor() == walletSum);
    CHECK(f.scalar("SELECT sum(amount) FROM points_entries WHERE member_id = ?", m.id) == pointsSum);
    CHECK(f.scalar("SELECT sum(principal_minor + bonus_minor) FROM wallet_entries WHERE member_id = ?", m.id) == walletSum);
    CHECK(f.engine.wallet().liability()->principalMinor == liabilityBefore.principalMinor);
    CHECK(f.scalar("SELECT count(*) FROM member_name_grams WHERE member_id = ?", m.id) == 0);
    CHECK(f.engine.members().find(QStringLiteral("13800138000"))->isEmpty());
    CHECK(f.engine.members().find(QStringLiteral("张"))->isEmpty());
    CHECK(f.outboxCount(QStringLiteral("member.erased")) == 1);
    // An erased member cannot earn or pay, and cannot be erased twice.
    Transaction tx(f.db());
    EarnRequest req;
    req.memberId = m.id;
    req.lines = {{QStringLiteral("X"), 1000}};
    CHECK(f.engine.points().earn(req).code() == ErrorCode::Refused);
    CHECK(f.engine.wallet().spend(m.id, 100, Uuid::v7(1)).code() == ErrorCode::Refused);
}
