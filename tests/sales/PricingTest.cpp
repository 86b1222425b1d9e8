// Pricing through the cart and the quote (promotions from the store, member from MembersLoyalty)
// and the pure engine for the cases that need no store. Every expectation is worked by hand.

#include "SalesFixture.h"

#include "money/Money.h"
#include "sales/PricingEngine.h"
#include "sales/SalesSettings.h"

#include <QRandomGenerator>

using namespace patron;
using namespace patron::test;

namespace {

Promotion promo(const QString& name, PromotionKind kind, qint64 target, PromotionScope scope = PromotionScope::Product)
{
    Promotion p;
    p.name = name;
    p.kind = kind;
    p.scope = scope;
    p.targetId = target;
    return p;
}

// One list-priced line for the pure engine.
CartLine line(qint64 productId, qint64 retail, qint64 qtyMilli, bool weighed = false)
{
    CartLine l;
    l.productId = productId;
    l.retailMinor = l.unitPriceMinor = retail;
    l.qtyMilli = qtyMilli;
    l.weighed = weighed;
    return l;
}

qint64 sumNets(const PricedCart& p)
{
    qint64 s = 0;
    for (const PricedLine& l : p.lines)
        s += l.netMinor;
    return s;
}

} // namespace

TEST_CASE("Member price applies only with a member attached", "[sales][pricing]")
{
    SalesFixture f;
    const Product a = f.product(ProductSpec(QStringLiteral("A1"), 1000).memberPrice(800));
    const Uuid c = f.cart({{a, 2000}});
    CHECK(f.quote(c).priced.totalMinor == 2000);
    const Member m = f.member(QStringLiteral("13800000001"));
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    const Quote q = f.quote(c);
    CHECK(q.priced.totalMinor == 1600);
    CHECK(q.priced.lines[0].promoDiscountMinor == 400);
    CHECK(q.priced.lines[0].promotion == u"member_price");
}

TEST_CASE("Tier discount and a promotion: the better one, never both", "[sales][pricing]")
{
    Cart cart;
    cart.lines = {line(1, 10000, 1000), line(2, 10000, 1000)};
    Promotion tenPct = promo(QStringLiteral("九折"), PromotionKind::Percent, 1);
    tenPct.percentBp = 1000;
    Promotion threeOff = promo(QStringLiteral("立减3元"), PromotionKind::Amount, 2);
    threeOff.amountMinor = 300;
    MemberPricing gold;
    gold.memberId = 7;
    gold.tierDiscountBp = 500;
    PricingInput in;
    in.cart = &cart;
    in.member = gold;
    in.promotions = {tenPct, threeOff};
    in.at = QDateTime(QDate(2026, 3, 14), QTime(10, 0));
    const PricedCart p = PricingEngine::price(in, {});
    // Line 1: 10% (￥10) beats gold's 5% (￥5); stacked would be 1450 off.
    CHECK(p.lines[0].promoDiscountMinor == 1000);
    CHECK(p.lines[0].promotion == u"九折");
    // Line 2: gold's ￥5 beats ￥3 off.
    CHECK(p.lines[1].promoDiscountMinor == 500);
    CHECK(p.lines[1].promotion == u"tier");
    CHECK(p.totalMinor == 9000 + 9500);

    // Through the store: a gold member (one ￥2000 top-up) gets 5% off a product without promotion.
    SalesFixture f;
    const Product b = f.product(QStringLiteral("B1"), 10000);
    const Member m = f.member(QStringLiteral("13800000002"));
    f.topUp(m.id, 200000);
    REQUIRE(f.reloadMember(m.id).tierCode == u"gold");
    const Uuid c = f.cart({{b, 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    CHECK(f.quote(c).priced.totalMinor == 9500);
    Promotion p20 = promo(QStringLiteral("八折"), PromotionKind::Percent, b.id);
    p20.percentBp = 2000;
    REQUIRE_OK(f.promotions->add(f.admin(), p20));
    CHECK(f.quote(c).priced.totalMinor == 8000);  // not 7600
}

TEST_CASE("Percent and amount promotions", "[sales][pricing]")
{
    Cart cart;
    cart.lines = {line(1, 333, 3000), line(2, 1250, 2000), line(3, 2000, 1500, true)};
    Promotion pct = promo(QStringLiteral("p"), PromotionKind::Percent, 1);
    pct.percentBp = 1500;  // 999 × 15% = 149.85 → 150
    Promotion amt = promo(QStringLiteral("a"), PromotionKind::Amount, 2);
    amt.amountMinor = 200;  // per unit: 400
    Promotion perKg = promo(QStringLiteral("k"), PromotionKind::Amount, 3);
    perKg.amountMinor = 300;  // per kg on 1.5 kg: 450
    PricingInput in{&cart, std::nullopt, {pct, amt, perKg}, QDateTime(QDate(2026, 3, 14), QTime(10, 0))};
    const PricedCart p = PricingEngine::price(in, {});
    CHECK(p.lines[0].promoDiscountMinor == 150);
    CHECK(p.lines[1].promoDiscountMinor == 400);
    CHECK(p.lines[2].promoDiscountMinor == 450);
    CHECK(p.totalMinor == (999 - 150) + (2500 - 400) + (3000 - 450));
    // An amount off larger than the price takes the line to zero, not below.
    Promotion huge = promo(QStringLiteral("h"), PromotionKind::Amount, 1);
    huge.amountMinor = 5000;
    in.promotions = {huge};
    CHECK(PricingEngine::price(in, {}).lines[0].netMinor == 0);
}

TEST_CASE("Multibuy 3 for ￥10 and buy 2 get 1 with quantities 2, 3, 4, 7", "[sales][pricing]")
{
    Promotion multi = promo(QStringLiteral("3件10元"), PromotionKind::Multibuy, 1);
    multi.buyQty = 3;
    multi.bundlePriceMinor = 1000;
    Promotion b2g1 = promo(QStringLiteral("买二送一"), PromotionKind::BuyXGetY, 2);
    b2g1.buyQty = 2;
    b2g1.getQty = 1;
    const QList<std::tuple<qint64, qint64, qint64>> expected{
        // qty, multibuy total at ￥4 each, buy-2-get-1 total at ￥3 each
        {2, 800, 600},
        {3, 1000, 600},
        {4, 1400, 900},
        {7, 2400, 1500},
    };
    for (const auto& [qty, multiTotal, freeTotal] : expected) {
        Cart cart;
        cart.lines = {line(1, 400, qty * 1000), line(2, 300, qty * 1000)};
        PricingInput in{&cart, std::nullopt, {multi, b2g1}, QDateTime(QDate(2026, 3, 14), QTime(10, 0))};
        const PricedCart p = PricingEngine::price(in, {});
        INFO("quantity " << qty);
        CHECK(p.lines[0].netMinor == multiTotal);
        CHECK(p.lines[1].netMinor == freeTotal);
    }
    // Weighed goods take no multibuy.
    Cart kg;
    kg.lines = {line(1, 400, 3000, true)};
    PricingInput in{&kg, std::nullopt, {multi}, QDateTime(QDate(2026, 3, 14), QTime(10, 0))};
    CHECK(PricingEngine::price(in, {}).totalMinor == 1200);
}

TEST_CASE("Category promotion through the store", "[sales][pricing]")
{
    SalesFixture f;
    const Product cola = f.product(ProductSpec(QStringLiteral("D1"), 550).inCategory(QStringLiteral("饮料")));
    const Product soap = f.product(ProductSpec(QStringLiteral("S1"), 990).inCategory(QStringLiteral("日化")));
    Promotion drinks = promo(QStringLiteral("饮料八折"), PromotionKind::Percent, f.categoryId(QStringLiteral("饮料")),
                             PromotionScope::Category);
    drinks.percentBp = 2000;
    REQUIRE_OK(f.promotions->add(f.admin(), drinks));
    const Uuid c = f.cart({{cola, 2000}, {soap, 1000}});
    const Quote q = f.quote(c);
    CHECK(q.priced.lines[0].promoDiscountMinor == 220);
    CHECK(q.priced.lines[0].promotion == u"饮料八折");
    CHECK(q.priced.lines[1].promoDiscountMinor == 0);
    CHECK(q.priced.totalMinor == 880 + 990);
}

TEST_CASE("Time window, weekday and member-only promotions follow the clock", "[sales][pricing]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 1000);
    const Product b = f.product(QStringLiteral("B1"), 2000);
    Promotion happyHour = promo(QStringLiteral("周六傍晚"), PromotionKind::Percent, a.id);
    happyHour.percentBp = 5000;
    happyHour.weekdays = QStringLiteral("6");  // Saturday
    happyHour.timeFrom = QTime(17, 0);
    happyHour.timeTo = QTime(19, 0);
    REQUIRE_OK(f.promotions->add(f.admin(), happyHour));
    Promotion membersOnly = promo(QStringLiteral("会员专享"), PromotionKind::Amount, b.id);
    membersOnly.amountMinor = 500;
    membersOnly.memberOnly = true;
    REQUIRE_OK(f.promotions->add(f.admin(), membersOnly));
    const Uuid c = f.cart({{a, 1000}, {b, 1000}});

    const QTimeZone cst(8 * 3600);
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(10, 0), cst));  // Saturday morning
    CHECK(f.quote(c).priced.totalMinor == 3000);
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(18, 30), cst));  // Saturday 18:30
    CHECK(f.quote(c).priced.totalMinor == 2500);
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(19, 0), cst));  // the end is exclusive
    CHECK(f.quote(c).priced.totalMinor == 3000);
    f.clock().set(QDateTime(QDate(2026, 3, 15), QTime(18, 30), cst));  // Sunday
    CHECK(f.quote(c).priced.totalMinor == 3000);

    const Member m = f.member(QStringLiteral("13800000003"));
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    CHECK(f.quote(c).priced.totalMinor == 2500);

    // Date range: ended promotions do not apply.
    Promotion past = promo(QStringLiteral("过期"), PromotionKind::Percent, a.id);
    past.percentBp = 9000;
    past.startsAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), cst);
    past.endsAt = QDateTime(QDate(2026, 2, 1), QTime(0, 0), cst);
    REQUIRE_OK(f.promotions->add(f.admin(), past));
    CHECK(f.quote(c).priced.totalMinor == 2500);
}

TEST_CASE("Manual discounts within the limit for a cashier, beyond it only with an override", "[sales][pricing]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 1000);
    const Uuid c = f.cart({{a, 2000}});
    // Default limit 10%: the cashier may give 10% but not 15% (percent or the same as an amount).
    CHECK(f.carts->setLineDiscount(c, 1, 1500, 0, f.cashier).code() == ErrorCode::PermissionDenied);
    CHECK(f.carts->setLineDiscount(c, 1, 0, 201, f.cashier).code() == ErrorCode::PermissionDenied);
    REQUIRE_OK(f.carts->setLineDiscount(c, 1, 1000, 0, f.cashier));
    CHECK(f.quote(c).priced.totalMinor == 1800);
    REQUIRE_OK(f.carts->setLineDiscount(c, 1, 1500, 0, f.supervisor));
    CHECK(f.quote(c).priced.totalMinor == 1700);
    CHECK(f.load(c).lines[0].authorizedBy == u"laowang");
    CHECK(f.carts->setLineDiscount(c, 1, 10001, 0, f.manager).code() == ErrorCode::InvalidInput);

    CHECK(f.carts->setOrderDiscount(c, 0, 300, f.cashier).code() == ErrorCode::PermissionDenied);  // 15% of 2000
    REQUIRE_OK(f.carts->setOrderDiscount(c, 0, 200, f.cashier));
    CHECK(f.quote(c).priced.totalMinor == 1500);

    // Price override: supervisors only, and it takes no automatic benefit.
    CHECK(f.carts->overridePrice(c, 1, 500, f.cashier).code() == ErrorCode::PermissionDenied);
    REQUIRE_OK(f.carts->overridePrice(c, 1, 500, f.supervisor));
    CHECK(f.quote(c).priced.lines[0].listMinor == 1000);

    // A stricter store limit (5%) binds the cashier.
    f.setting(QStringLiteral("sales.max_discount_bp"), QStringLiteral("500"));
    CHECK(f.carts->setOrderDiscount(c, 600, 0, f.cashier).code() == ErrorCode::PermissionDenied);
    CHECK(f.ts.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'discount.line'").value_or(0) == 2);
}

TEST_CASE("Coupons through MembersLoyalty: threshold, percent cap, and refusal", "[sales][pricing]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1250);
    const Member m = f.member(QStringLiteral("13800000004"));
    const QString amt5 = f.coupon(m.id, QStringLiteral("AMT5"));
    const QString pct10 = f.coupon(m.id, QStringLiteral("PCT10"));

    const Uuid c = f.cart({{a, 1000}});
    CHECK(f.carts->setCoupons(c, {amt5}).code() == ErrorCode::Refused);  // no member yet
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    REQUIRE_OK(f.carts->setCoupons(c, {amt5}));
    // ￥12.50 is under the ￥20 threshold: the quote names the problem, paying is refused.
    Quote q = f.quote(c);
    REQUIRE(q.couponProblems.size() == 1);
    CHECK(q.priced.totalMinor == 1250);
    CHECK(f.checkout->pay(f.cashier, c, {cash(1250)}).code() == ErrorCode::Refused);

    REQUIRE_OK(f.carts->setQuantity(c, 1, 2000));  // ￥25
    REQUIRE_OK(f.carts->setCoupons(c, {amt5, pct10}));
    q = f.quote(c);
    CHECK(q.couponProblems.isEmpty());
    // AMT5 takes ￥5; PCT10 is quoted on the lines as priced (10% of ￥25 = ￥2.50).
    REQUIRE(q.priced.coupons.size() == 2);
    CHECK(q.priced.coupons[0].second == 500);
    CHECK(q.priced.coupons[1].second == 250);
    CHECK(q.priced.totalMinor == 1750);
    const SaleResult r = f.pay(c, {cash(1750)});
    CHECK(f.scalar("SELECT sum(discount_minor) FROM sale_coupons WHERE sale_id = ?", r.saleId) == 750);
    // Used coupons cannot be used again.
    const Uuid c2 = f.cart({{a, 2000}});
    REQUIRE_OK(f.carts->attachMember(c2, m.id));
    REQUIRE_OK(f.carts->setCoupons(c2, {amt5}));
    CHECK(f.quote(c2).couponProblems.size() == 1);
}

TEST_CASE("Cash rounding 抹零: jiao and yuan, down and half up", "[sales][pricing]")
{
    Cart cart;
    cart.lines = {line(1, 617, 1000), line(2, 620, 1000)};  // 12.37
    PricingInput in{&cart, std::nullopt, {}, QDateTime(QDate(2026, 3, 14), QTime(10, 0))};
    const QList<std::pair<CashRounding, qint64>> cases{
        {CashRounding::None, 1237}, {CashRounding::JiaoDown, 1230}, {CashRounding::YuanDown, 1200},
        {CashRounding::JiaoHalfUp, 1240}, {CashRounding::YuanHalfUp, 1200}};
    for (const auto& [mode, total] : cases) {
        in.rounding = mode;
        const PricedCart p = PricingEngine::price(in, {});
        INFO("mode " << cashRoundingCode(mode));
        CHECK(p.totalMinor == total);
        CHECK(p.roundingMinor == 1237 - total);
        CHECK(sumNets(p) == total);
    }
    cart.lines = {line(1, 1250, 1000)};
    in.rounding = CashRounding::YuanHalfUp;
    CHECK(PricingEngine::price(in, {}).totalMinor == 1300);
    in.rounding = CashRounding::JiaoHalfUp;
    cart.lines = {line(1, 1244, 1000)};
    CHECK(PricingEngine::price(in, {}).totalMinor == 1240);

    // Through the store setting.
    SalesFixture f;
    f.setting(QStringLiteral("sales.rounding"), QStringLiteral("jiao_down"));
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 1237), 1000}});
    CHECK(f.quote(c).priced.totalMinor == 1230);
}

TEST_CASE("The documented order: unit price, best benefit, line discount, coupon, order discount, rounding", "[sales][pricing]")
{
    Cart cart;
    cart.lines = {line(1, 5000, 2000)};  // list 10000
    cart.lines[0].discountMinor = 500;
    cart.orderDiscountBp = 1000;
    Promotion p = promo(QStringLiteral("九折"), PromotionKind::Percent, 1);
    p.percentBp = 1000;
    PricingInput in{&cart, std::nullopt, {p}, QDateTime(QDate(2026, 3, 14), QTime(10, 0)), CashRounding::JiaoDown};
    // Coupon quoted on what the lines cost after step 3 (8500): 10% = 850.
    const PricedCart r = PricingEngine::price(in, {{QStringLiteral("C1"), 850}});
    const PricedLine& l = r.lines[0];
    CHECK(l.listMinor == 10000);
    CHECK(l.promoDiscountMinor == 1000);      // step 2 on the list amount
    CHECK(l.lineDiscountMinor == 500);        // step 3 after the promotion
    CHECK(l.afterLineMinor == 8500);
    CHECK(l.couponDiscountMinor == 850);      // step 4: coupon
    CHECK(l.orderDiscountMinor == 765);       // then 10% of what is left (7650)
    CHECK(l.roundingMinor == 5);              // step 5: 6885 → 6880
    CHECK(r.totalMinor == 6880);
    CHECK(r.discountMinor == 3120);

    // The line discount percent is taken after the promotion: 20% promo then 10% → 720.
    Cart c2;
    c2.lines = {line(1, 1000, 1000)};
    c2.lines[0].discountBp = 1000;
    Promotion p20 = promo(QStringLiteral("八折"), PromotionKind::Percent, 1);
    p20.percentBp = 2000;
    PricingInput in2{&c2, std::nullopt, {p20}, QDateTime(QDate(2026, 3, 14), QTime(10, 0))};
    CHECK(PricingEngine::price(in2, {}).totalMinor == 720);
    // A coupon larger than the cart is capped at what is left to pay.
    const PricedCart capped = PricingEngine::price(in2, {{QStringLiteral("BIG"), 5000}});
    CHECK(capped.totalMinor == 0);
    CHECK(capped.coupons[0].second == 720);
}

TEST_CASE("Allocation: line nets always add up to the total", "[sales][pricing]")
{
    // By hand: 333 + 333 + 334 with ￥1 off the order → 33.3 each: 33, 33, 34 (largest remainder).
    Cart cart;
    cart.lines = {line(1, 333, 1000), line(2, 333, 1000), line(3, 334, 1000)};
    cart.orderDiscountMinor = 100;
    PricingInput in{&cart, std::nullopt, {}, QDateTime(QDate(2026, 3, 14), QTime(10, 0))};
    PricedCart p = PricingEngine::price(in, {});
    CHECK(p.totalMinor == 900);
    CHECK(p.lines[0].netMinor + p.lines[1].netMinor + p.lines[2].netMinor == 900);
    CHECK(p.lines[2].orderDiscountMinor == 34);

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    const CashRounding modes[] = {CashRounding::None, CashRounding::JiaoDown, CashRounding::YuanDown,
                                  CashRounding::JiaoHalfUp, CashRounding::YuanHalfUp};
    for (int round = 0; round < 500; ++round) {
        Cart c;
        const int n = rng.bounded(1, 8);
        for (int i = 0; i < n; ++i) {
            const bool weighed = rng.bounded(3) == 0;
            CartLine l = line(i + 1, rng.bounded(1, 20000), weighed ? rng.bounded(1, 5000) : 1000 * rng.bounded(1, 9), weighed);
            l.discountBp = rng.bounded(3) == 0 ? rng.bounded(0, 3000) : 0;
            c.lines << l;
        }
        c.orderDiscountBp = rng.bounded(2) ? rng.bounded(0, 2000) : 0;
        c.orderDiscountMinor = rng.bounded(2) ? rng.bounded(0, 500) : 0;
        PricingInput ri{&c, std::nullopt, {}, QDateTime(QDate(2026, 3, 14), QTime(10, 0)), modes[rng.bounded(5)]};
        const PricedCart r = PricingEngine::price(ri, {{QStringLiteral("X"), rng.bounded(0, 1000)}});
        REQUIRE(sumNets(r) == r.totalMinor);
        REQUIRE(r.listMinor - r.discountMinor == r.totalMinor);
        for (const PricedLine& l : r.lines)
            REQUIRE(l.netMinor >= 0);
    }
}
