#include "RestoreShop.h"

#include "RepullFigures.h"
#include "TestEnv.h"
#include "catalog/Pinyin.h"
#include "sales/CartService.h"
#include "sales/ShiftService.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "sync/PullHandlers.h"
#include "sync/ResyncGate.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

namespace patron::test {

RestoreShop::RestoreShop(TempStore& store, const std::optional<PgConnectInfo>& hq)
    : t(store), catalog(t.db(), t.audit(), t.outbox(), t.clock()),
      members(t.db(), t.clock(), t.audit(), t.outbox(), t.store().identity().storeCode,
              [](const QString& s) { return pinyinInitials(s, 8); }),
      loyalty(members, t.db(), t.clock()),
      sales{t.db(), t.clock(), t.audit(), t.outbox(), catalog, loyalty, t.store().identity(), t.store().receiptEpoch()},
      authority(
          hq ? std::make_unique<HqReturnAuthority>(t.db(), t.clock(), t.outbox(), t.store().identity(), *hq, headOffice)
             : nullptr),
      returns(sales, authority.get())
{
}

void RestoreShop::addProduct()
{
    ProductInput in;
    in.sku = QStringLiteral("W1");
    in.name = QStringLiteral("保温杯");
    in.priceMinor = 1200;
    in.costMinor = 700;
    REQUIRE_OK(catalog.add(t.admin(), in));
}

SaleResult RestoreShop::sell(qint64 memberId, qint64 qtyMilli, const QList<TenderInput>& tenders)
{
    t.clock().advanceSecs(60);
    auto product = catalog.findBySku(QStringLiteral("W1"));
    REQUIRE(product);
    CartService carts(sales);
    auto cart = carts.openCart(t.admin());
    REQUIRE_OK(cart);
    REQUIRE_OK(carts.addProduct(cart->uuid, *product, qtyMilli));
    if (memberId)
        REQUIRE_OK(carts.attachMember(cart->uuid, memberId));
    auto sale = CheckoutService(sales).pay(t.admin(), cart->uuid, tenders);
    REQUIRE_OK(sale);
    return *sale;
}

ReturnResult RestoreShop::giveBack(const QString& receipt, const QList<ReturnItem>& items,
                                   std::optional<qint64> receiptTotal)
{
    t.clock().advanceSecs(60);
    auto r = returns.returnSale(t.admin(), receipt, items, QStringLiteral("尺寸不合适"), QString(), receiptTotal);
    REQUIRE_OK(r);
    return *r;
}

QString RestoreShop::xReport()
{
    auto x = ShiftService(sales).xReport();
    REQUIRE_OK(x);
    return QString::fromUtf8(QJsonDocument(x->toJson()).toJson(QJsonDocument::Compact));
}

Figures Figures::of(RestoreShop& shop, const std::optional<Uuid>& member)
{
    Database& db = shop.t.db();
    return {shop.xReport(),   dayFigures(db), tenderFigures(db),
            shiftFigures(db), bookings(db),   member ? memberFigures(db, *member) : QString()};
}

void restoreAndRepull(TestTill& till, std::optional<RestoreShop>& shop, const QString& backup, bool joinedReturns)
{
    TempStore& t = till.local();
    shop.reset();
    t.close();
    REQUIRE_OK(restoreStore(t.dir(), backup, kPassphrase));
    t.reopen();
    shop.emplace(t, joinedReturns ? std::optional<PgConnectInfo>(till.connectInfo()) : std::nullopt);
    PullInbox inbox(t.db(), t.clock());
    SyncState state(t.db(), t.clock());
    PullHandlers handlers(t.db(), t.outbox(), t.clock());
    handlers.install(inbox);
    SyncWorker worker(t.db(), t.outbox(), inbox, state, t.clock(), till.connectInfo());
    REQUIRE(ResyncGate(t.db()).pending());
    REQUIRE_OK(worker.runOnce());
    REQUIRE_FALSE(ResyncGate(t.db()).pending());
}

void markForResync(Database& db)
{
    Transaction tx(db);
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('needs_resync', '1')");
    tx.commit();
}

} // namespace patron::test
