#include "ReportsDataSet.h"

#include "members/MemberMerge.h"
#include "reports/MembersOverview.h"
#include "reports/ReportRules.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {
MembersOverview overviewOn(Database& reader, TempStore& ts)
{
    auto rules = loyaltyRulesForReports(reader, ts.clock());
    REQUIRE(rules.ok());
    return MembersOverview(reader, ts.clock(), rules->tiers);
}
} // namespace

TEST_CASE("Member growth, tiers with their share of spend, and the repeat rate", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Database reader = ts.store().openReader().value();
    MembersOverview overview = overviewOn(reader, ts);

    auto growth = overview.growthByMonth();
    REQUIRE(growth.ok());
    REQUIRE(growth->size() == 2);
    CHECK(growth->at(0).key == QStringLiteral("2026-03"));
    CHECK(growth->at(0).count == 2);
    CHECK(growth->at(1).count == 1);

    // Everyone is in the base tier; M1 spent 14.00 + 3.00, M2 24.00.
    auto tiers = overview.tiers();
    REQUIRE(tiers.ok());
    REQUIRE_FALSE(tiers->isEmpty());
    const TierShare& base = tiers->first();
    CHECK(base.members == 3);
    CHECK(base.spendMinor == 1700 + 2400);
    CHECK(base.memberShareBp == 10000);
    CHECK(base.spendShareBp == 10000);
    for (qsizetype i = 1; i < tiers->size(); ++i)
        CHECK(tiers->at(i).members == 0);

    auto repeat = overview.repeatRate();
    REQUIRE(repeat.ok());
    CHECK(repeat->buyers == 2);
    CHECK(repeat->repeaters == 1);
    CHECK(repeat->rateBp() == 5000);
}

TEST_CASE("A member merged into another counts neither as growth nor in the tiers", "[reports][merge]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    // 王五 (joined in April) turns out to be 张三's second card.
    MemberMerge merge(ts.db(), ts.clock(), ts.audit(), ts.outbox(), data.members.members(), data.members.searchIndex(),
                      data.members.tiers());
    REQUIRE_OK(merge.merge(ts.admin(), {data.m1, data.m3, {}}));
    Database reader = ts.store().openReader().value();
    MembersOverview overview = overviewOn(reader, ts);

    auto growth = overview.growthByMonth();
    REQUIRE(growth.ok());
    REQUIRE(growth->size() == 1);  // April's only new member was the duplicate
    CHECK(growth->at(0).key == QStringLiteral("2026-03"));
    CHECK(growth->at(0).count == 2);

    auto tiers = overview.tiers();
    REQUIRE(tiers.ok());
    qint64 members = 0;
    for (const TierShare& t : *tiers)
        members += t.members;
    CHECK(members == 2);
    CHECK(tiers->first().spendMinor == 1700 + 2400);

    auto distribution = data.members.reports().tierDistribution();
    REQUIRE(distribution.ok());
    qint64 counted = 0;
    for (const CountRow& row : *distribution)
        counted += row.count;
    CHECK(counted == 2);
}

TEST_CASE("The RFM pyramid and the members of a segment", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Database reader = ts.store().openReader().value();
    MembersOverview overview = overviewOn(reader, ts);

    // On 2 April: M1 0 days, 2 visits, 17.00; M2 18 days, 1 visit, 24.00. Thresholds: R ≤ 9 days,
    // F ≥ 2 (1.5 rounded up), M ≥ 20.50. M1 is R F high, M low (潜力); M2 M high only (重要挽留).
    auto rfm = overview.rfm();
    REQUIRE(rfm.ok());
    CHECK(rfm->analysed == 2);
    CHECK(rfm->frequencyThreshold == 2);
    CHECK(rfm->monetaryThresholdMinor == 2050);
    CHECK(rfm->counts[int(RfmSegment::Potential)] == 1);
    CHECK(rfm->counts[int(RfmSegment::ImportantRetain)] == 1);
    CHECK(rfm->counts[int(RfmSegment::ImportantValue)] == 0);

    auto retain = overview.rfmSegment(RfmSegment::ImportantRetain);
    REQUIRE(retain.ok());
    REQUIRE(retain->members.size() == 1);
    CHECK(retain->members.first().id == data.m2);
    CHECK(retain->members.first().name == QStringLiteral("李四"));

    auto lost = overview.rfmSegment(RfmSegment::Lost);
    REQUIRE(lost.ok());
    CHECK(lost->members.isEmpty());
}

TEST_CASE("Birthdays coming up and dormant members", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Database reader = ts.store().openReader().value();
    MembersOverview overview = overviewOn(reader, ts);

    auto birthdays = overview.birthdays(30);
    REQUIRE(birthdays.ok());
    REQUIRE(birthdays->size() == 1);
    CHECK(birthdays->first().member.id == data.m3);
    CHECK(birthdays->first().inDays == 8);

    // No visit in 10 days: M2 (last 15 March). M3 joined today; M1 bought today.
    auto dormant = overview.dormant(10);
    REQUIRE(dormant.ok());
    REQUIRE(dormant->size() == 1);
    CHECK(dormant->first().id == data.m2);
}
