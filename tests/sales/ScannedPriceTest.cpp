// A price change that takes effect while a cart is open: the lines already scanned keep their
// price (docs/pricing.md), the next line and the next cart get the new one.

#include "SalesFixture.h"

#include "catalog/PriceSchedule.h"

using namespace patron;
using namespace patron::test;

namespace {
PriceChangeRequest newRetail(const char* sku, qint64 minor)
{
    PriceChangeRequest r;
    r.skuOrCode = QString::fromLatin1(sku);
    r.retailMinor = minor;
    return r;
}
} // namespace

TEST_CASE("A cart open across a price change keeps the scanned price", "[sales][carts][price]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 1000);
    f.product(QStringLiteral("B1"), 500);
    PriceSchedule schedule(f.db(), *f.catalog, f.ts.audit(), f.clock());
    REQUIRE_OK(schedule.schedule(f.admin(), {newRetail("A1", 1200), newRetail("B1", 600)}, f.clock().now().addSecs(60)));
    const Uuid cart = f.cart({{a, 2000}});
    CHECK(f.quote(cart).priced.totalMinor == 2000);

    f.clock().advanceSecs(60);
    REQUIRE_OK(schedule.applyDue());
    // Scanned after the change: the new price. The line scanned before keeps 10.00.
    REQUIRE_OK(f.carts->addProduct(cart, *f.catalog->findBySku(QStringLiteral("B1")), 1000, std::nullopt, QString()));
    CHECK(f.quote(cart).priced.totalMinor == 2000 + 600);
    f.reopen();  // the open cart is saved with its prices
    CHECK(f.quote(cart).priced.totalMinor == 2600);
    f.openShift();
    const SaleResult paid = f.pay(cart, {cash(2600)});
    CHECK(f.scalar("SELECT total_minor FROM sales WHERE id = ?", paid.saleId) == 2600);

    const Uuid next = f.cart({{*f.catalog->findBySku(QStringLiteral("A1")), 1000}});
    CHECK(next != cart);
    CHECK(f.quote(next).priced.totalMinor == 1200);
}
