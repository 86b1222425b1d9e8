// The events the real engines write (checkout, members, points, stored value) are the ones head
// office accepts: nothing the till sends is rejected, and the figures arrive whole.

#include "HqFixture.h"
#include "TestEnv.h"

#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"
#include "sales/SalesContext.h"
#include "sales/ShiftService.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("events from the real checkout and members engine are applied at head office", "[sync][push][engines]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TempStore& t = till.local();
    ProductCatalog catalog(t.db(), t.audit(), t.outbox(), t.clock());
    MembersModule members(t.db(), t.clock(), t.audit(), t.outbox(), QStringLiteral("SH01"),
                          [](const QString& s) { return pinyinInitials(s, 8); });
    MembersLoyalty loyalty(members, t.db(), t.clock());
    SalesContext ctx{t.db(), t.clock(), t.audit(), t.outbox(), catalog, loyalty, t.store().identity(), t.store().receiptEpoch()};

    ProductInput in;
    in.sku = QStringLiteral("W1");
    in.name = QStringLiteral("矿泉水");
    in.priceMinor = 300;
    in.barcodes = QStringList{QStringLiteral("6901234567892")};
    auto product = catalog.add(t.admin(), in);
    REQUIRE_OK(product);
    MemberFields fields;
    fields.name = QStringLiteral("王小明");
    fields.mobile = QStringLiteral("13812345678");
    auto member = members.members().registerMember(t.admin(), fields);
    REQUIRE_OK(member);
    auto topUp = members.wallet().topUp(t.admin(), member->id, 5000, QStringLiteral("cash"), QString());
    REQUIRE_OK(topUp);

    REQUIRE_OK(ShiftService(ctx).open(t.admin(), 10000));
    CartService carts(ctx);
    auto cart = carts.openCart(t.admin());
    REQUIRE_OK(cart);
    REQUIRE_OK(carts.addProduct(cart->uuid, *product, 4000));
    REQUIRE_OK(carts.attachMember(cart->uuid, member->id));
    // ￥12.00: ￥5.00 stored value, the rest in cash.
    auto sale = CheckoutService(ctx).pay(t.admin(), cart->uuid,
                                         {{TenderKind::Wallet, 500, 0, {}}, {TenderKind::Cash, 1000, 0, {}}});
    REQUIRE_OK(sale);
    REQUIRE_OK(ReturnService(ctx).returnSale(t.admin(), sale->receiptNo, {{1, 1000}}, QStringLiteral("破损")));

    auto pushed = till.worker().runOnce();
    REQUIRE_OK(pushed);
    CHECK(t.outbox().pendingCount() == 0);
    // Every event applied; none rejected, none of an unknown type except those head office
    // keeps for later (tier and coupon events).
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE status = 'rejected'") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE status NOT IN ('applied', 'unknown_type')") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.sales") == 1);
    CHECK(hq.scalar("SELECT total_minor FROM hq.sales") == 1200);
    CHECK(hq.scalar("SELECT count(*) FROM hq.returns") == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.members WHERE mobile = '13812345678'") == 1);
    // The ledgers at head office add up to the till's balances.
    auto local = members.members().byId(member->id);
    REQUIRE_OK(local);
    CHECK(hq.scalar("SELECT coalesce(sum(points), 0) FROM hq.points_ledger") == local->pointsBalance);
    CHECK(hq.scalar("SELECT coalesce(sum(principal_minor + bonus_minor), 0) FROM hq.wallet_ledger")
          == local->walletBalanceMinor());
}
