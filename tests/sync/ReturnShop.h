#pragma once
// The selling engines of one till joined to head office, with head office's part in its returns
// (HqReturnAuthority, calls inline), for the tests of returns across stores.

#include "HqFixture.h"
#include "TestEnv.h"
#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "common/InlineRunner.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"
#include "sales/SalesContext.h"
#include "sales/ShiftService.h"
#include "store/Database.h"
#include "sync/HqReturnAuthority.h"
#include "sync/PullHandlers.h"

#include <catch2/catch.hpp>

namespace patron::test {

// The selling engines of one till, with head office's part in its returns.
struct Shop {
    TestTill& till;
    ProductCatalog catalog;
    MembersModule members;
    MembersLoyalty loyalty;
    SalesContext sales;
    InlineRunner headOffice;
    HqReturnAuthority authority;
    ReturnService returns;
    PullHandlers handlers;

    // `runner`: where the head-office calls run (default: inline, as the command line).
    explicit Shop(TestTill& t, std::optional<PgConnectInfo> info = std::nullopt, BlockingRunner* runner = nullptr)
        : till(t), catalog(db(), t.local().audit(), t.local().outbox(), t.local().clock()),
          members(db(), t.local().clock(), t.local().audit(), t.local().outbox(),
                  t.local().store().identity().storeCode, [](const QString& s) { return pinyinInitials(s, 8); }),
          loyalty(members, db(), t.local().clock()), sales{db(),
                                                           t.local().clock(),
                                                           t.local().audit(),
                                                           t.local().outbox(),
                                                           catalog,
                                                           loyalty,
                                                           t.local().store().identity(),
                                                           t.local().store().receiptEpoch()},
          authority(db(), t.local().clock(), t.local().outbox(), t.local().store().identity(),
                    info.value_or(t.connectInfo()), runner ? *runner : headOffice),
          returns(sales, &authority), handlers(db(), t.local().outbox(), t.local().clock())
    {
        handlers.install(t.inbox());
        ProductInput in;
        in.sku = QStringLiteral("W1");
        in.name = QStringLiteral("保温杯");
        in.priceMinor = 1200;
        REQUIRE_OK(catalog.add(t.local().admin(), in));
        REQUIRE_OK(ShiftService(sales).open(t.local().admin(), 10000));
    }
    Database& db() { return till.local().db(); }

    SaleResult sell(qint64 memberId, qint64 qtyMilli, const QList<TenderInput>& tenders)
    {
        auto product = catalog.findBySku(QStringLiteral("W1"));
        REQUIRE(product);
        CartService carts(sales);
        auto cart = carts.openCart(till.local().admin());
        REQUIRE_OK(cart);
        REQUIRE_OK(carts.addProduct(cart->uuid, *product, qtyMilli));
        if (memberId)
            REQUIRE_OK(carts.attachMember(cart->uuid, memberId));
        auto sale = CheckoutService(sales).pay(till.local().admin(), cart->uuid, tenders);
        REQUIRE_OK(sale);
        return *sale;
    }
    // `total`: printed on the receipt, what the cashier types for another till's receipt.
    Result<ReturnResult> giveBack(const QString& receipt, const QList<ReturnItem>& items,
                                  std::optional<qint64> total = std::nullopt)
    {
        return returns.returnSale(till.local().admin(), receipt, items, QStringLiteral("尺寸不合适"), QString(), total);
    }
    // Net sales of this till (returns subtract), from its own summary tables.
    qint64 net() { return db().queryInt64("SELECT coalesce(sum(net_minor), 0) FROM sum_day").value_or(-1); }
    qint64 count(const char* table)
    {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        return db().queryInt64(sql.constData()).value_or(-1);
    }
    Member member(const Uuid& uuid)
    {
        auto id = db().queryInt64("SELECT id FROM members WHERE uuid = ?", uuid.bytes());
        REQUIRE(id);
        auto m = members.members().byId(*id);
        REQUIRE_OK(m);
        return *m;
    }
};

} // namespace patron::test
