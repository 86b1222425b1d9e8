// The open cart and held carts (挂单/取单) survive a restart; resuming holds the current cart.

#include "SalesFixture.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("Open and held carts survive a restart intact", "[sales][carts]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 1000);
    const Product k = f.product(ProductSpec(QStringLiteral("K1"), 2500).byWeight());
    const Member m = f.member(QStringLiteral("13800000010"));
    const QString amt5 = f.coupon(m.id, QStringLiteral("AMT5"));

    const Uuid held1 = f.cart({{a, 3000}});
    REQUIRE_OK(f.carts->attachMember(held1, m.id));
    REQUIRE_OK(f.carts->setCoupons(held1, {amt5}));
    REQUIRE_OK(f.carts->setLineDiscount(held1, 1, 500, 0, f.cashier));
    REQUIRE_OK(f.carts->hold(held1, QStringLiteral("穿红衣服的顾客")));
    const Uuid held2 = f.cart({{k, 1234}, {a, 1000}});
    REQUIRE_OK(f.carts->setOrderDiscount(held2, 0, 100, f.cashier));
    REQUIRE_OK(f.carts->hold(held2, QString()));
    const Uuid open = f.cart({{a, 2000}});
    REQUIRE_OK(f.carts->overridePrice(open, 1, 800, f.supervisor));
    const Quote before1 = f.quote(held1), before2 = f.quote(held2), beforeOpen = f.quote(open);

    f.reopen();

    auto held = f.carts->held();
    REQUIRE_OK(held);
    REQUIRE(held->size() == 2);
    auto again = f.carts->openCart(f.cashier);
    REQUIRE_OK(again);
    CHECK(again->uuid == open);  // the same open cart, not a new one
    REQUIRE(again->lines.size() == 1);
    CHECK(again->lines[0].priceSource == PriceSource::Override);
    CHECK(again->lines[0].authorizedBy == u"laowang");
    const Cart h1 = f.load(held1);
    CHECK(h1.status == CartStatus::Held);
    CHECK(h1.holdNote == u"穿红衣服的顾客");
    CHECK(h1.memberId == m.id);
    CHECK(h1.coupons == QStringList{amt5});
    CHECK(h1.lines[0].qtyMilli == 3000);
    CHECK(h1.lines[0].discountBp == 500);
    const Cart h2 = f.load(held2);
    CHECK(h2.lines[0].qtyMilli == 1234);
    CHECK(h2.orderDiscountMinor == 100);
    CHECK(f.quote(held2).priced.totalMinor == before2.priced.totalMinor);
    CHECK(f.quote(open).priced.totalMinor == beforeOpen.priced.totalMinor);

    // A held cart cannot be changed or paid until it is resumed.
    CHECK(f.carts->addProduct(held1, a, 1000).code() == ErrorCode::Conflict);
    f.openShift();
    CHECK(f.checkout->pay(f.cashier, held1, {cash(5000)}).code() == ErrorCode::Conflict);

    // Resuming holds the current non-empty cart; the member and coupon come back with the cart.
    auto resumed = f.carts->resume(f.cashier, held1);
    REQUIRE_OK(resumed);
    CHECK(resumed->status == CartStatus::Open);
    CHECK(f.load(open).status == CartStatus::Held);
    CHECK(f.carts->resume(f.cashier, held1).code() == ErrorCode::NotFound);
    const Quote q = f.quote(held1);
    CHECK(q.priced.totalMinor == before1.priced.totalMinor);
    // 3000 - 5% (150) = 2850, coupon ￥5 → 2350.
    CHECK(q.priced.totalMinor == 2350);
    const SaleResult r = f.pay(held1, {cash(2350)});
    CHECK(r.loyalty.pointsEarned == 23);
    CHECK(f.reloadMember(m.id).pointsBalance == 23);
    auto coupon = f.members->coupons().byId(amt5.toLongLong());
    REQUIRE_OK(coupon);
    CHECK(f.scalar("SELECT count(*) FROM sale_coupons WHERE sale_id = ?", r.saleId) == 1);

    // Resuming with an empty open cart drops that empty cart.
    const Uuid empty = f.openCart();
    CHECK(f.carts->hold(empty, QString()).code() == ErrorCode::Refused);  // an empty cart is not held
    REQUIRE_OK(f.carts->resume(f.cashier, held2));
    CHECK(f.carts->load(empty).code() == ErrorCode::NotFound);
    auto still = f.carts->held();
    REQUIRE_OK(still);
    REQUIRE(still->size() == 1);
    CHECK(still->first().uuid == open);
}

TEST_CASE("Voiding needs sale.void unless the cart is empty", "[sales][carts]")
{
    SalesFixture f;
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 1000), 1000}});
    CHECK(f.carts->voidCart(c, f.cashier, QStringLiteral("x")).code() == ErrorCode::PermissionDenied);
    REQUIRE_OK(f.carts->voidCart(c, f.supervisor, QStringLiteral("顾客不要了")));
    CHECK(f.load(c).status == CartStatus::Voided);
    CHECK(f.carts->voidCart(c, f.supervisor, QStringLiteral("x")).code() == ErrorCode::Conflict);
    REQUIRE_OK(f.carts->voidCart(f.openCart(), f.cashier, QStringLiteral("空")));
}
