// Promotions owned by head office: created with HqPromotions, pulled by every till, applied to
// the till's own sale prices, ended centrally; a promotion a till cannot place never blocks the
// rest of the pull.

#include "HqFixture.h"
#include "TestEnv.h"

#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "hq/HqCatalog.h"
#include "hq/HqPromotions.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/PromotionService.h"
#include "sales/SalesContext.h"
#include "store/Database.h"
#include "sync/PromotionPullHandler.h"
#include "sync/PullHandlers.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

// A till that sells: the checkout on the till's store, pull handlers installed.
struct SellingTill {
    TestTill till;
    PullHandlers handlers;
    ProductCatalog catalog;
    MembersModule members;
    MembersLoyalty loyalty;
    SalesContext sales;

    SellingTill(HqFixture& hq, const QString& store)
        : till(hq, store, QStringLiteral("T1")),
          handlers(till.local().db(), till.local().outbox(), till.local().clock()),
          catalog(till.local().db(), till.local().audit(), till.local().outbox(), till.local().clock()),
          members(till.local().db(), till.local().clock(), till.local().audit(), till.local().outbox(), store,
                  [](const QString& s) { return pinyinInitials(s, 8); }),
          loyalty(members, till.local().db(), till.local().clock()),
          sales{till.local().db(), till.local().clock(), till.local().audit(), till.local().outbox(), catalog, loyalty,
                till.local().store().identity(), till.local().store().receiptEpoch()}
    {
        handlers.install(till.inbox());
    }
    void sync() { REQUIRE_OK(till.worker().runOnce()); }

    // The price of one unit of `sku` in a fresh cart, promotions applied.
    qint64 priceOf(const QString& sku)
    {
        auto product = catalog.findBySku(sku);
        REQUIRE(product);
        CartService carts(sales);
        auto cart = carts.openCart(till.local().admin());
        REQUIRE_OK(cart);
        REQUIRE_OK(carts.addProduct(cart->uuid, *product, 1000));
        auto quote = CheckoutService(sales).quote(cart->uuid);
        REQUIRE_OK(quote);
        REQUIRE_OK(carts.discard(cart->uuid, till.local().admin()));  // the next price starts afresh
        return quote->priced.totalMinor;
    }
};

HqPromotion percentOff(const QString& code, const QString& target, int bp)
{
    HqPromotion p;
    p.code = code;
    p.terms.name = QStringLiteral("饮料八折");
    p.terms.kind = PromotionKind::Percent;
    p.terms.percentBp = bp;
    p.scope = PromotionScope::Product;
    p.target = target;
    return p;
}
} // namespace

TEST_CASE("a promotion created at head office is pulled and prices the till's sale", "[sync][promotion]")
{
    HqFixture hq;
    SellingTill t(hq, QStringLiteral("SH01"));
    HqProduct water;
    water.code = QStringLiteral("W1");
    water.name = QStringLiteral("矿泉水");
    water.priceMinor = 1000;
    water.category = QStringLiteral("饮料/水");
    REQUIRE_OK(HqCatalog(hq.admin()).upsertProduct(water));
    HqPromotions promos(hq.admin());
    REQUIRE_OK(promos.save(percentOff(QStringLiteral("P-W1"), QStringLiteral("W1"), 2000)));
    // One the till cannot place (no such product) and one on a category.
    REQUIRE_OK(promos.save(percentOff(QStringLiteral("P-NONE"), QStringLiteral("NO-SUCH-SKU"), 1000)));
    HqPromotion category = percentOff(QStringLiteral("P-CAT"), QStringLiteral("饮料/水"), 500);
    category.scope = PromotionScope::Category;
    category.terms.memberOnly = true;
    REQUIRE_OK(promos.save(category));
    // Bad terms never reach head office.
    CHECK(promos.save(percentOff(QStringLiteral("P-BAD"), QStringLiteral("W1"), 0)).code() == ErrorCode::InvalidInput);
    CHECK(promos.save(percentOff(QString(), QStringLiteral("W1"), 1000)).code() == ErrorCode::InvalidInput);
    auto listed = promos.list(false);
    REQUIRE_OK(listed);
    CHECK(listed->size() == 3);

    const auto eventsBefore = t.till.local().db().queryInt64("SELECT count(*) FROM outbox");
    t.sync();
    CHECK(t.till.inbox().pendingCount() == 0);
    auto local = PromotionService(t.sales).list(true);
    REQUIRE_OK(local);
    REQUIRE(local->size() == 2);
    CHECK(t.priceOf(QStringLiteral("W1")) == 800);  // 20% off; the category one is for members only
    // Head office owns them: nothing goes back as a till change.
    CHECK(t.till.local().db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'promotion.changed'") == 0);
    CHECK(t.till.local().db().queryInt64("SELECT count(*) FROM outbox") == eventsBefore);
    CHECK(t.till.local().db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'sync.pull.refused'"
                                         " AND subject = 'P-NONE'") == 1);

    // Changed at head office: the till's copy is replaced, not duplicated.
    REQUIRE_OK(promos.save(percentOff(QStringLiteral("P-W1"), QStringLiteral("W1"), 3000)));
    t.sync();
    CHECK(t.till.local().db().queryInt64("SELECT count(*) FROM promotions WHERE uuid = ?",
                                         PromotionPullHandler::uuidFor(QStringLiteral("P-W1")).bytes()) == 1);
    CHECK(t.priceOf(QStringLiteral("W1")) == 700);

    // Ended at head office: the till sells at the list price again.
    REQUIRE_OK(promos.end(QStringLiteral("P-W1")));
    CHECK(promos.end(QStringLiteral("P-W1")).code() == ErrorCode::NotFound);
    t.sync();
    CHECK(t.priceOf(QStringLiteral("W1")) == 1000);
    auto running = promos.list(false);
    REQUIRE_OK(running);
    CHECK(running->size() == 2);
    auto all = promos.list(true);
    REQUIRE_OK(all);
    CHECK(all->size() == 3);
}
