#include "MembersFixture.h"

#include <QTimeZone>

using namespace patron;
using namespace patron::test;

namespace {
Result<EarnResult> earnFor(MembersFixture& f, qint64 memberId, const Uuid& sale, QList<EarnLine> lines,
                           qint64 pointsTender = 0, qint64 bonus = 0)
{
    Transaction tx(f.db());
    EarnRequest req;
    req.memberId = memberId;
    req.saleUuid = sale;
    req.lines = std::move(lines);
    req.pointsTenderMinor = pointsTender;
    req.walletBonusMinor = bonus;
    auto r = f.engine.points().earn(req);
    tx.commit();
    return r;
}

Uuid newSale(MembersFixture& f) { return Uuid::v7(f.clock().nowMs()); }
} // namespace

TEST_CASE("Points are earned only on the cash-like part, with category rules", "[points]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    // ￥200 of goods; ￥20 paid with points and ￥20 with stored-value bonus earn nothing and come
    // off the lines in proportion (￥20/￥10/￥10). Left: grocery ￥80 (×1), tobacco ￥40 (excluded),
    // fresh ￥40 (×2): 80 + 0 + 80 = 160 points.
    auto r = earnFor(f, m.id, newSale(f),
                     {{QStringLiteral("GROCERY"), 10000}, {QStringLiteral("TOBACCO"), 5000}, {QStringLiteral("FRESH"), 5000}},
                     2000, 2000);
    REQUIRE_OK(r);
    CHECK(r->quote.points == 160);
    CHECK(r->quote.lineEligibleMinor == QList<qint64>{8000, 4000, 4000});
    CHECK(r->quote.eligibleMinor == 12000);
    CHECK(f.reload(m.id).pointsBalance == 160);

    // The same sale cannot earn twice.
    const Uuid sale = newSale(f);
    REQUIRE_OK(earnFor(f, m.id, sale, {{QStringLiteral("GROCERY"), 999}}));
    CHECK(earnFor(f, m.id, sale, {{QStringLiteral("GROCERY"), 999}}).code() == ErrorCode::Conflict);
    CHECK(f.reload(m.id).pointsBalance == 169);  // ￥9.99 → 9 points, rounded down
}

TEST_CASE("Double-points days, the birthday month and the tier multiply, without stacking campaigns", "[points]")
{
    MembersFixture f;
    const Member plain = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    const Member birthday = f.add(QStringLiteral("13800138001"), QStringLiteral("李四"), QDate(1990, 5, 20));
    f.clock().set(QDateTime(QDate(2026, 5, 2), QTime(12, 0), QTimeZone(8 * 3600)));
    CHECK(earnFor(f, plain.id, newSale(f), {{QStringLiteral("X"), 10000}})->quote.points == 200);
    // Campaign ×2 and birthday month ×2: the best applies, not ×4.
    CHECK(earnFor(f, birthday.id, newSale(f), {{QStringLiteral("X"), 10000}})->quote.points == 200);
    f.clock().set(QDateTime(QDate(2026, 5, 10), QTime(12, 0), QTimeZone(8 * 3600)));
    CHECK(earnFor(f, plain.id, newSale(f), {{QStringLiteral("X"), 10000}})->quote.points == 100);
    CHECK(earnFor(f, birthday.id, newSale(f), {{QStringLiteral("X"), 10000}})->quote.points == 200);
    // Silver earns 1.2×.
    f.purchase(plain.id, 100000);
    REQUIRE(f.reload(plain.id).tierCode == u"silver");
    CHECK(earnFor(f, plain.id, newSale(f), {{QStringLiteral("X"), 10000}})->quote.points == 120);
}

TEST_CASE("Points expire oldest first, exactly what was not spent", "[points][expiry]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    REQUIRE_OK(earnFor(f, m.id, newSale(f), {{QStringLiteral("X"), 10000}}));  // 100, expires 2027-03-14
    f.clock().set(QDateTime(QDate(2026, 5, 14), QTime(10, 0), QTimeZone(8 * 3600)));
    REQUIRE_OK(earnFor(f, m.id, newSale(f), {{QStringLiteral("X"), 5000}}));  // 50, expires 2027-05-14
    f.clock().set(QDateTime(QDate(2026, 6, 14), QTime(10, 0), QTimeZone(8 * 3600)));
    {
        Transaction tx(f.db());
        auto r = f.engine.points().redeemForSale(m.id, 120, 100000, newSale(f));
        REQUIRE_OK(r);
        CHECK(r->amountMinor == 120);
        tx.commit();
    }
    // 120 came from the 100-point lot and 20 of the 50: 30 left, all in the later lot.
    f.clock().set(QDateTime(QDate(2027, 3, 15), QTime(10, 0), QTimeZone(8 * 3600)));
    auto expired = f.engine.points().expireAll();
    REQUIRE_OK(expired);
    CHECK(*expired == 0);
    CHECK(f.reload(m.id).pointsBalance == 30);
    f.clock().set(QDateTime(QDate(2027, 5, 15), QTime(10, 0), QTimeZone(8 * 3600)));
    CHECK(*f.engine.points().expireAll() == 30);
    CHECK(f.reload(m.id).pointsBalance == 0);
    auto check = f.engine.points().check(m.id);
    CHECK(check->ok());
    CHECK(f.outboxCount(QStringLiteral("points.entry")) == 4);  // earn, earn, redeem, expire
}

TEST_CASE("Redemption quotes the most points may pay and allows any part of it", "[points][redeem]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    REQUIRE_OK(f.engine.points().adjust(f.admin(), m.id, 500, QStringLiteral("opening balance")));
    auto big = f.engine.points().quoteRedemption(m.id, 60000);
    CHECK(big->maxPoints == 500);  // the balance limits
    CHECK(big->maxAmountMinor == 500);
    auto small = f.engine.points().quoteRedemption(m.id, 600);
    CHECK(small->maxPoints == 300);  // half of ￥6
    CHECK(f.engine.points().quoteRedemption(m.id, 150)->maxPoints == 0);  // 75 < the minimum of 100

    Transaction tx(f.db());
    const Uuid sale = newSale(f);
    CHECK(f.engine.points().redeemForSale(m.id, 301, 600, sale).code() == ErrorCode::Refused);
    CHECK(f.engine.points().redeemForSale(m.id, 50, 600, sale).code() == ErrorCode::Refused);
    CHECK(f.engine.points().redeemForSale(m.id, 0, 600, sale).code() == ErrorCode::InvalidInput);
    auto part = f.engine.points().redeemForSale(m.id, 150, 600, sale);
    REQUIRE_OK(part);
    CHECK(part->amountMinor == 150);
    tx.commit();
    CHECK(f.reload(m.id).pointsBalance == 350);
}

TEST_CASE("A return reverses points in proportion; a balance may go negative and is listed", "[points][return]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    REQUIRE_OK(f.engine.points().adjust(f.admin(), m.id, 500, QStringLiteral("opening balance")));
    const Uuid sale = newSale(f);
    {
        // ￥100 order: ￥2 paid with 200 points, ￥98 in cash earns 98 points.
        Transaction tx(f.db());
        REQUIRE_OK(f.engine.points().redeemForSale(m.id, 200, 10000, sale));
        EarnRequest req;
        req.memberId = m.id;
        req.saleUuid = sale;
        req.lines = {{QStringLiteral("X"), 10000}};
        req.pointsTenderMinor = 200;
        CHECK(f.engine.points().earn(req)->quote.points == 98);
        tx.commit();
    }
    CHECK(f.reload(m.id).pointsBalance == 500 - 200 + 98);
    {
        Transaction tx(f.db());
        PointsReturnShare half;
        half.numerator = 1;
        half.denominator = 2;
        auto r = f.engine.points().reverseForReturn(sale, half);
        REQUIRE_OK(r);
        CHECK(r->earnedTakenBack == 49);
        CHECK(r->redeemedGivenBack == 100);
        CHECK(r->redeemedValueMinor == 100);
        CHECK(r->balanceAfter == 398 - 49 + 100);
        tx.commit();
    }
    {
        Transaction tx(f.db());
        PointsReturnShare tooMuch;
        tooMuch.earnedPoints = 50;  // only 49 left to take back
        CHECK(f.engine.points().reverseForReturn(sale, tooMuch).code() == ErrorCode::Refused);
    }
    // Spend almost everything, then return the rest of the sale: the earned points are gone.
    REQUIRE_OK(f.engine.points().adjust(f.admin(), m.id, -449, QStringLiteral("test spend")));
    CHECK(f.reload(m.id).pointsBalance == 0);
    {
        Transaction tx(f.db());
        PointsReturnShare rest;
        rest.earnedPoints = 49;
        rest.redeemedPoints = 0;
        auto r = f.engine.points().reverseForReturn(sale, rest);
        REQUIRE_OK(r);
        CHECK(r->negative);
        CHECK(r->balanceAfter == -49);
        tx.commit();
    }
    auto negatives = f.engine.points().negativeBalances();
    REQUIRE(negatives->size() == 1);
    CHECK(negatives->first() == std::pair<qint64, qint64>{m.id, -49});
    CHECK(f.engine.points().check(m.id)->ok());
    // New points pay the debt first.
    REQUIRE_OK(earnFor(f, m.id, newSale(f), {{QStringLiteral("X"), 3000}}));
    CHECK(f.reload(m.id).pointsBalance == -19);
    auto c = f.engine.points().check(m.id);
    CHECK(c->ok());
    CHECK(c->unsettled == 19);
    CHECK(c->lotsRemaining == 0);
}

TEST_CASE("Manual adjustments need the permission and a reason; gifts respect stock", "[points]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    Session cashier;
    cashier.userName = QStringLiteral("cashier");
    cashier.permissions = defaultPermissions(Role::Cashier);
    CHECK(f.engine.points().adjust(cashier, m.id, 100, QStringLiteral("x")).code() == ErrorCode::PermissionDenied);
    CHECK(f.engine.points().adjust(f.admin(), m.id, 100, QStringLiteral("  ")).code() == ErrorCode::InvalidInput);
    auto e = f.engine.points().adjust(f.admin(), m.id, 5000, QStringLiteral("compensation"));
    REQUIRE_OK(e);
    CHECK(e->kind == u"adjust");
    CHECK(e->reason == u"compensation");
    CHECK(e->userName == u"admin");

    CHECK(f.engine.points().giftStock(QStringLiteral("CUP")) == 1);
    REQUIRE_OK(f.engine.points().redeemGift(f.admin(), m.id, QStringLiteral("CUP")));
    CHECK(f.reload(m.id).pointsBalance == 3000);
    CHECK(f.engine.points().giftStock(QStringLiteral("CUP")) == 0);
    auto out = f.engine.points().redeemGift(f.admin(), m.id, QStringLiteral("CUP"));
    CHECK(out.code() == ErrorCode::Refused);
    CHECK(f.reload(m.id).pointsBalance == 3000);
    CHECK(f.engine.points().redeemGift(f.admin(), m.id, QStringLiteral("NOPE")).code() == ErrorCode::NotFound);
}
