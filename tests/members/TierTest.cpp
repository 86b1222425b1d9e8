#include "MembersFixture.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("Spending past a threshold upgrades at once; the distance to the next tier is shown", "[tiers]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto d0 = f.engine.tiers().distanceToNextTier(m.id);
    CHECK(d0->tierCode == u"silver");
    CHECK(d0->spendMinorNeeded == 100000);
    f.purchase(m.id, 99999);
    CHECK(f.reload(m.id).tierCode == u"normal");
    f.purchase(m.id, 20001);
    const Member silver = f.reload(m.id);
    CHECK(silver.tierCode == u"silver");
    CHECK(silver.tierExpiresAt == f.clock().now().addDays(365));
    auto d = f.engine.tiers().distanceToNextTier(m.id);
    CHECK(d->tierCode == u"gold");
    CHECK(d->spendMinorNeeded == 500000 - 120000);
    CHECK(d->topUpMinorNeeded == 200000);
    CHECK(d->text.contains(QStringLiteral("3800.00")));
    CHECK(d->text.contains(QStringLiteral("金卡")));
    auto history = f.engine.tiers().history(m.id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().reason == u"upgrade");
    CHECK(f.outboxCount(QStringLiteral("tier.changed")) == 1);
}

TEST_CASE("A single large top-up reaches gold", "[tiers]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto r = f.engine.wallet().topUp(f.admin(), m.id, 200000, QStringLiteral("cash"), {});
    REQUIRE_OK(r);
    REQUIRE(r->tierChange.has_value());
    CHECK(r->tierChange->toTier == u"gold");
    CHECK(f.reload(m.id).tierCode == u"gold");
    CHECK(f.engine.tiers().distanceToNextTier(m.id)->tierCode.isEmpty());
}

TEST_CASE("A tier lapses after validity and grace, one step at a time; requalifying renews it", "[tiers]")
{
    MembersFixture f;
    const Member lapsing = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    const Member loyal = f.add(QStringLiteral("13800138001"), QStringLiteral("李四"));
    const Member gold = f.add(QStringLiteral("13800138002"), QStringLiteral("王五"));
    f.purchase(lapsing.id, 150000);
    f.purchase(loyal.id, 150000);
    f.purchase(gold.id, 600000);
    REQUIRE(f.reload(gold.id).tierCode == u"gold");

    f.clock().advanceDays(200);
    f.purchase(loyal.id, 100000);  // spends again inside the window

    f.clock().advanceDays(166);  // 366 days: validity over
    auto day366 = f.engine.tiers().evaluateAll();
    REQUIRE_OK(day366);
    CHECK(f.reload(lapsing.id).tierCode == u"silver");  // grace: 30 days to requalify
    CHECK(f.reload(gold.id).tierCode == u"gold");
    const Member renewed = f.reload(loyal.id);
    CHECK(renewed.tierCode == u"silver");
    CHECK(renewed.tierExpiresAt == f.clock().now().addDays(365));
    REQUIRE(day366->size() == 1);
    CHECK(day366->first().reason == u"renewed");

    f.clock().advanceDays(28);  // day 394: still inside the grace period (expiry day 365 + 30)
    CHECK(f.engine.tiers().evaluateAll()->isEmpty());
    f.clock().advanceDays(2);
    auto lapsed = f.engine.tiers().evaluateAll();
    REQUIRE_OK(lapsed);
    CHECK(f.reload(lapsing.id).tierCode == u"normal");
    CHECK_FALSE(f.reload(lapsing.id).tierExpiresAt.isValid());
    // Gold falls one step, to silver, with a new validity: not straight to the bottom.
    const Member fallen = f.reload(gold.id);
    CHECK(fallen.tierCode == u"silver");
    CHECK(fallen.tierExpiresAt == f.clock().now().addDays(365));
    CHECK(lapsed->size() == 2);
    auto history = f.engine.tiers().history(gold.id);
    REQUIRE(history->size() == 2);
    CHECK(history->last().reason == u"expired");
    CHECK(history->last().fromTier == u"gold");
}
