#include "MembersFixture.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("Registration issues the welcome coupon; it applies over its threshold, once", "[coupons]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto& c = f.engine.coupons();
    auto mine = c.coupons(m.id);
    REQUIRE(mine->size() == 1);
    const Coupon welcome = mine->first();
    CHECK(welcome.templateCode == u"WELCOME10");
    CHECK(welcome.source == u"registration");
    CHECK(welcome.status == u"issued");
    CHECK(f.outboxCount(QStringLiteral("coupon.issued")) == 1);

    CHECK(c.applicableCoupons(m.id, CartSummary{4999, {}})->isEmpty());
    auto applicable = c.applicableCoupons(m.id, CartSummary{6000, {}});
    REQUIRE(applicable->size() == 1);
    CHECK(applicable->first().discountMinor == 1000);

    const Uuid sale = Uuid::v7(f.clock().nowMs());
    {
        Transaction tx(f.db());
        CHECK(c.redeem(welcome.id, m.id, sale, CartSummary{4000, {}}).code() == ErrorCode::Refused);
        auto used = c.redeem(welcome.id, m.id, sale, CartSummary{6000, {}});
        REQUIRE_OK(used);
        CHECK(used->discountMinor == 1000);
        CHECK(c.redeem(welcome.id, m.id, sale, CartSummary{6000, {}}).code() == ErrorCode::Refused);
        tx.commit();
    }
    CHECK(c.byId(welcome.id)->status == u"redeemed");
    // Its template restores it on a return.
    {
        Transaction tx(f.db());
        auto restored = c.restoreForReturn(sale);
        REQUIRE(restored->size() == 1);
        tx.commit();
    }
    CHECK(c.byId(welcome.id)->status == u"issued");

    const Member other = f.add(QStringLiteral("13800138001"), QStringLiteral("李四"));
    Transaction tx(f.db());
    CHECK(c.redeem(welcome.id, other.id, sale, CartSummary{6000, {}}).code() == ErrorCode::Refused);
}

TEST_CASE("Percent, product and expiry rules; a coupon is restored only when its template says so", "[coupons]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto& c = f.engine.coupons();
    auto pct = c.issueManually(f.admin(), m.id, QStringLiteral("PCT10"));
    REQUIRE_OK(pct);
    CHECK(*c.discountFor(pct->id, m.id, CartSummary{15000, {}}) == 1500);
    CHECK(*c.discountFor(pct->id, m.id, CartSummary{30000, {}}) == 2000);  // capped
    auto sku = c.issueManually(f.admin(), m.id, QStringLiteral("SKU5"));
    CHECK(*c.discountFor(sku->id, m.id, CartSummary{9000, {{QStringLiteral("B2"), 9000}}}) == 0);
    CHECK(*c.discountFor(sku->id, m.id, CartSummary{9300, {{QStringLiteral("B2"), 9000}, {QStringLiteral("A1"), 300}}}) == 300);
    CHECK(*c.discountFor(sku->id, m.id, CartSummary{9900, {{QStringLiteral("A1"), 900}, {QStringLiteral("B2"), 9000}}}) == 500);
    CHECK(c.issueManually(f.admin(), m.id, QStringLiteral("NOPE")).code() == ErrorCode::NotFound);

    const Uuid sale = Uuid::v7(f.clock().nowMs());
    {
        Transaction tx(f.db());
        REQUIRE_OK(c.redeem(pct->id, m.id, sale, CartSummary{15000, {}}));
        tx.commit();
    }
    {
        Transaction tx(f.db());
        CHECK(c.restoreForReturn(sale)->isEmpty());
        tx.commit();
    }
    CHECK(c.byId(pct->id)->status == u"redeemed");

    f.clock().advanceDays(30);
    const Coupon welcome = c.coupons(m.id)->first();
    CHECK(welcome.status == u"expired");
    Transaction tx(f.db());
    CHECK(c.redeem(welcome.id, m.id, sale, CartSummary{9000, {}}).code() == ErrorCode::Refused);
}

TEST_CASE("Birthday coupons go out once a year", "[coupons]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"), QDate(1990, 3, 15));
    CHECK(*f.engine.coupons().issueBirthdayCoupons() == 0);
    f.clock().advanceDays(1);
    CHECK(*f.engine.coupons().issueBirthdayCoupons() == 1);
    CHECK(*f.engine.coupons().issueBirthdayCoupons() == 0);
    CHECK(f.engine.coupons().coupons(m.id)->last().templateCode == u"BDAY");
}

TEST_CASE("Count cards record each use and refuse when exhausted or expired", "[countcards]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto& cc = f.engine.countCards();
    auto card = cc.add(f.admin(), m.id, QStringLiteral("WASH"), QStringLiteral("洗车10次"), 3, 0);
    REQUIRE_OK(card);
    for (int i = 1; i <= 3; ++i) {
        auto used = cc.use(f.admin(), card->id);
        REQUIRE_OK(used);
        CHECK(used->remaining() == 3 - i);
    }
    auto refused = cc.use(f.admin(), card->id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT count(*) FROM count_card_uses WHERE card_id = ?", card->id) == 3);
    CHECK(f.outboxCount(QStringLiteral("countcard.used")) == 3);

    auto shortLived = cc.add(f.admin(), m.id, QStringLiteral("GYM"), {}, 10, 7);
    REQUIRE_OK(shortLived);
    f.clock().advanceDays(6);
    REQUIRE_OK(cc.use(f.admin(), shortLived->id));
    f.clock().advanceDays(1);
    CHECK(cc.use(f.admin(), shortLived->id).code() == ErrorCode::Refused);
    CHECK(cc.byId(shortLived->id)->status(f.clock().now()) == u"expired");
    CHECK(cc.add(f.admin(), m.id, QStringLiteral("X"), {}, 0, 0).code() == ErrorCode::InvalidInput);
}
