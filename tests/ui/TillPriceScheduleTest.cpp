// The running till makes a scheduled price change take effect at its moment, without anyone
// touching it (the timer MainWindow keeps; driven here by the manual clock).

#include "TillFixture.h"

#include "catalog/PriceSchedule.h"
#include "catalog/PriceScheduleTimer.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("The running till applies a scheduled price at its moment", "[ui][till][price]")
{
    useLanguage(QStringLiteral("en"));
    Till till(QStringLiteral("zhang"), QStringLiteral("2222"));
    TillSession& session = *till.window->session();
    auto product = session.catalog().lookupCode(ean("1005"));
    REQUIRE(product.ok());
    const qint64 before = product->priceMinor;
    PriceChangeRequest change;
    change.skuOrCode = product->sku;
    change.retailMinor = before + 100;
    REQUIRE(session.prices().schedule(*session.user(), {change}, till.clock->now().addSecs(90)).ok());

    auto* timer = till.window->findChild<PriceScheduleTimer*>(QStringLiteral("priceScheduleTimer"));
    REQUIRE(timer);
    timer->check();
    CHECK(timer->interval() == PriceScheduleTimer::kMaxWaitMs);  // 90 s away: look again in a minute
    CHECK(session.catalog().findBySku(product->sku)->priceMinor == before);
    till.clock->advanceSecs(90);
    timer->check();
    CHECK(session.catalog().findBySku(product->sku)->priceMinor == before + 100);
}
