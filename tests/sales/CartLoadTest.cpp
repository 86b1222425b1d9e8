// loadCart reads a cart and its lines with one statement: an empty cart still loads (one row
// without a line), lines come back in position order, and an unknown cart is not found.

#include "SalesFixture.h"

using namespace patron;
using namespace patron::test;

namespace {

QStringList skus(const Cart& c)
{
    QStringList out;
    for (const CartLine& l : c.lines)
        out << l.sku;
    return out;
}

} // namespace

TEST_CASE("An empty cart loads with its own fields and no line", "[sales][carts]")
{
    SalesFixture f;
    const Uuid c = f.openCart();
    REQUIRE_OK(f.carts->setOrderDiscount(c, 500, 0, f.cashier));
    const Cart empty = f.load(c);
    CHECK(empty.lines.isEmpty());
    CHECK(empty.status == CartStatus::Open);
    CHECK(empty.cashier == f.cashier.userName);
    CHECK(empty.orderDiscountBp == 500);
    CHECK(empty.uuid == c);
    CHECK_FALSE(loadCart(f.db(), Uuid::v7(f.clock().now().toMSecsSinceEpoch())).has_value());
}

TEST_CASE("A cart's lines load in position order with their product facts", "[sales][carts]")
{
    SalesFixture f;
    const Product a = f.product(ProductSpec(QStringLiteral("A"), 100).inCategory(QStringLiteral("饮料")).cost(60));
    const Product b = f.product(ProductSpec(QStringLiteral("B"), 200).memberPrice(180));
    const Product c = f.product(QStringLiteral("C"), 300);
    const Uuid cart = f.cart({{a, 1000}, {b, 2000}, {c, 3000}});
    REQUIRE_OK(f.carts->removeLine(cart, 2));
    REQUIRE_OK(f.carts->addProduct(cart, b, 1000));
    const Cart loaded = f.load(cart);
    CHECK(skus(loaded) == QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")});
    REQUIRE(loaded.lines.size() == 3);
    CHECK(loaded.lines[0].categoryId == f.categoryId(QStringLiteral("饮料")));
    CHECK(loaded.lines[0].costMinor == 60);
    CHECK(loaded.lines[1].categoryId == 0);
    CHECK(loaded.lines[1].qtyMilli == 3000);
    CHECK(loaded.lines[2].memberPriceMinor == std::optional<qint64>(180));
    CHECK_FALSE(loaded.lines[0].memberPriceMinor.has_value());
    // Positions strictly increase, whatever numbers the removal left.
    CHECK(loaded.lines[0].position < loaded.lines[1].position);
    CHECK(loaded.lines[1].position < loaded.lines[2].position);
}
