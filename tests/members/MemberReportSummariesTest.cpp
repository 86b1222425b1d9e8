#include "MembersFixture.h"

#include "members/MemberReportsSchema.h"
#include "members/MemberTriggersSchema.h"
#include "reports/LiabilityReport.h"
#include "reports/MembersOverview.h"

#include <QTimeZone>

using namespace patron;
using namespace patron::test;

namespace {

// What the summaries must equal: the same figures counted over the members table itself.
void requireSummariesMatchMembers(MembersFixture& f)
{
    Statement kept = f.db().prepare("SELECT tier_code, active_members, active_spend_minor FROM member_totals"
                                    " WHERE active_members > 0 ORDER BY tier_code");
    Statement counted = f.db().prepare("SELECT tier_code, count(*), sum(spend_minor) FROM members"
                                       " WHERE status = 'active' GROUP BY tier_code ORDER BY tier_code");
    while (counted.step()) {
        REQUIRE(kept.step());
        CHECK(kept.text(0) == counted.text(0));
        CHECK(kept.int64(1) == counted.int64(1));
        CHECK(kept.int64(2) == counted.int64(2));
    }
    CHECK_FALSE(kept.step());
    Statement totals = f.db().prepare("SELECT sum(principal_minor), sum(bonus_minor), sum(points) FROM member_totals");
    Statement sums = f.db().prepare("SELECT sum(wallet_principal_minor), sum(wallet_bonus_minor), sum(points_balance) FROM members");
    REQUIRE(totals.step());
    REQUIRE(sums.step());
    for (int c = 0; c < 3; ++c)
        CHECK(totals.int64(c) == sums.int64(c));
    CHECK(f.db().queryInt64("SELECT count(*) FROM (SELECT joined_ms / 900000 AS b, count(*) AS n FROM members GROUP BY b"
                            " EXCEPT SELECT bucket, members FROM member_joins WHERE members > 0)")
              .value_or(-1)
          == 0);
}

} // namespace

TEST_CASE("Tier totals, liability and joins are kept by triggers through sales, top-ups, upgrades and erasure",
          "[reports][summaries]")
{
    MembersFixture f;
    f.clock().set(QDateTime(QDate(2026, 3, 31), QTime(23, 50), QTimeZone(8 * 3600)));
    const Member a = f.add(QStringLiteral("13800000001"), QStringLiteral("甲"));
    f.clock().advanceSecs(20 * 60);  // 1 April 00:10 local, still 31 March in UTC
    const Member b = f.add(QStringLiteral("13800000002"), QStringLiteral("乙"));
    const Member c = f.add(QStringLiteral("13800000003"), QStringLiteral("丙"));
    requireSummariesMatchMembers(f);

    // 1,200.01 yuan makes b silver; a stays normal with 50.00.
    f.purchase(a.id, 5000);
    f.purchase(b.id, 120001);
    REQUIRE(f.reload(b.id).tierCode == u"silver");
    REQUIRE_OK(f.engine.wallet().topUp(f.admin(), c.id, 60000, QStringLiteral("cash"), {}));
    REQUIRE_OK(f.engine.points().adjust(f.admin(), a.id, 321, QStringLiteral("gift")));
    requireSummariesMatchMembers(f);

    const MembersOverview overview(f.db(), f.clock(), {});
    auto tiers = overview.tiers();
    REQUIRE_OK(tiers);
    REQUIRE(tiers->size() == 2);
    CHECK(tiers->at(0).code == u"normal");
    CHECK(tiers->at(0).members == 2);
    CHECK(tiers->at(0).spendMinor == 5000);
    CHECK(tiers->at(1).code == u"silver");
    CHECK(tiers->at(1).members == 1);
    CHECK(tiers->at(1).spendMinor == 120001);

    const LiabilityReport liability(f.db(), f.clock(), 100);
    auto now = liability.current();
    REQUIRE_OK(now);
    const Member c1 = f.reload(c.id);
    CHECK(now->principalMinor == 60000);
    CHECK(now->bonusMinor == c1.walletBonusMinor);
    CHECK(now->points == f.reload(a.id).pointsBalance + f.reload(b.id).pointsBalance + c1.pointsBalance);

    // The months are local: a joined on 31 March, b and c on 1 April (UTC+8).
    auto growth = f.engine.reports().growthByMonth();
    REQUIRE_OK(growth);
    REQUIRE(growth->size() == 2);
    CHECK(growth->at(0).key == u"2026-03");
    CHECK(growth->at(0).count == 1);
    CHECK(growth->at(1).key == u"2026-04");
    CHECK(growth->at(1).count == 2);

    // Erased: out of the tier counts (not active), still a member who joined in April.
    REQUIRE_OK(f.engine.privacy().erase(f.admin(), b.id, QStringLiteral("asked")));
    requireSummariesMatchMembers(f);
    auto after = f.engine.reports().tierDistribution();
    REQUIRE_OK(after);
    REQUIRE(after->size() == 1);
    CHECK(after->first().key == u"normal");
    CHECK(after->first().count == 2);
    CHECK(f.engine.reports().growthByMonth()->at(1).count == 2);
}

TEST_CASE("Growth by month at an offset that is not whole quarter hours counts the members themselves",
          "[reports][summaries]")
{
    MembersFixture f;
    // UTC+00:10:30 (no zone uses it): 23:55 UTC on 31 March is 00:05:30 on 1 April there, inside
    // the quarter hour that began at 23:45 UTC.
    f.clock().set(QDateTime(QDate(2026, 3, 31), QTime(23, 55), QTimeZone(0)));
    f.add(QStringLiteral("13800000001"), QStringLiteral("甲"));
    f.clock().set(QDateTime(QDate(2026, 3, 31), QTime(23, 55), QTimeZone(0)).toOffsetFromUtc(630));
    auto growth = f.engine.reports().growthByMonth();
    REQUIRE_OK(growth);
    REQUIRE(growth->size() == 1);
    CHECK(growth->first().key == u"2026-04");
    CHECK(growth->first().count == 1);
}

TEST_CASE("Birthdays read only the soonest members' rows, in order, up to the limit", "[reports][birthdays]")
{
    MembersFixture f;
    f.clock().set(QDateTime(QDate(2027, 2, 27), QTime(9, 0), QTimeZone(8 * 3600)));  // 2027: no 29 February
    const Member leap = f.add(QStringLiteral("13800000001"), QStringLiteral("闰日"), QDate(2000, 2, 29));
    const Member mar = f.add(QStringLiteral("13800000002"), QStringLiteral("三月"), QDate(1990, 3, 1));
    const Member feb28 = f.add(QStringLiteral("13800000003"), QStringLiteral("二八"), QDate(1991, 2, 28));
    const Member erased = f.add(QStringLiteral("13800000004"), QStringLiteral("注销"), QDate(1992, 2, 28));
    REQUIRE_OK(f.engine.privacy().erase(f.admin(), erased.id, QStringLiteral("asked")));
    f.add(QStringLiteral("13800000005"), QStringLiteral("六月"), QDate(1993, 6, 1));

    auto all = f.engine.reports().birthdays(3);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    // 29 February is kept on 28 February this year; same day: by member id.
    CHECK(all->at(0).member.id == leap.id);
    CHECK(all->at(0).nextBirthday == QDate(2027, 2, 28));
    CHECK(all->at(0).inDays == 1);
    CHECK(all->at(1).member.id == feb28.id);
    CHECK(all->at(1).inDays == 1);
    CHECK(all->at(2).member.id == mar.id);
    CHECK(all->at(2).member.name == u"三月");  // the whole row
    CHECK(all->at(2).inDays == 2);

    auto first = f.engine.reports().birthdays(3, 2);
    REQUIRE_OK(first);
    REQUIRE(first->size() == 2);
    CHECK(first->at(1).member.id == feb28.id);
    CHECK(f.engine.reports().birthdays(0)->isEmpty());
}

TEST_CASE("Schema step 13 counts the members a store already has", "[reports][summaries][migration]")
{
    MembersFixture f;
    // The store as step 12 left it: no summaries, no triggers, the old birthday index (step 25
    // later replaced the one step 13 made).
    f.db().exec("DROP TRIGGER members_totals_insert; DROP TRIGGER members_totals_update; DROP TRIGGER members_joins_update;"
                " DROP TRIGGER members_totals_delete; DROP TABLE member_totals; DROP TABLE member_joins;"
                " DROP INDEX members_birth_status; CREATE INDEX members_birth ON members(birth_mmdd);");
    const Member a = f.add(QStringLiteral("13800000001"), QStringLiteral("甲"), QDate(1990, 5, 1));
    f.add(QStringLiteral("13800000002"), QStringLiteral("乙"));
    f.purchase(a.id, 120001);
    REQUIRE_OK(f.engine.wallet().topUp(f.admin(), a.id, 30000, QStringLiteral("cash"), {}));
    {
        Transaction tx(f.db());
        memberReportSummaries(f.db());
        // Step 24 rewrites these triggers for the members module's UPDATE OR FAIL writers, under
        // which step 13's INSERT OR IGNORE of an existing summary row would fail.
        memberTriggersWithoutConflictClauses(f.db());
        tx.commit();
    }
    requireSummariesMatchMembers(f);
    CHECK(f.db().queryInt64("SELECT active_members FROM member_totals WHERE tier_code = 'silver'") == 1);
    CHECK(f.db().queryInt64("SELECT sum(principal_minor) FROM member_totals") == 30000);
    // From now on the triggers keep them.
    f.purchase(a.id, 1000);
    requireSummariesMatchMembers(f);
}
