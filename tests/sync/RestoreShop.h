#pragma once
// One till's selling engines for the restore tests (RestoreShiftsReturnsTest, RestoreDayCloseTest):
// rebuilt on the store after a restore, with head office's part in its returns when joined; the
// figures a re-pull must bring back; the restore and its re-pull.

#include "HqFixture.h"
#include "catalog/ProductCatalog.h"
#include "common/InlineRunner.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"
#include "sales/SalesContext.h"
#include "sync/HqReturnAuthority.h"

#include <memory>
#include <optional>

namespace patron::test {

struct RestoreShop {
    TempStore& t;
    ProductCatalog catalog;
    MembersModule members;
    MembersLoyalty loyalty;
    SalesContext sales;
    InlineRunner headOffice;
    std::unique_ptr<HqReturnAuthority> authority;
    ReturnService returns;

    RestoreShop(TempStore& store, const std::optional<PgConnectInfo>& hq);
    // Product W1, ￥12.00, cost ￥7.00.
    void addProduct();
    SaleResult sell(qint64 memberId, qint64 qtyMilli, const QList<TenderInput>& tenders);
    // `receiptTotal`: what the receipt shows, which head office asks for another till's receipt.
    ReturnResult giveBack(const QString& receipt, const QList<ReturnItem>& items,
                          std::optional<qint64> receiptTotal = std::nullopt);
    // The X report as compact JSON.
    QString xReport();
};

// The till's figures that the re-pull must bring back.
struct Figures {
    QString x, day, tenders, shifts, booked, member;
    static Figures of(RestoreShop& shop, const std::optional<Uuid>& member);
    bool operator==(const Figures&) const = default;
};

// The PC dies; the till is restored from `backup` and re-pulls once; `shop` is rebuilt on the
// restored store (with head office's part in returns when `joinedReturns`).
void restoreAndRepull(TestTill& till, std::optional<RestoreShop>& shop, const QString& backup, bool joinedReturns);
// The till re-pulls again at its next sync.
void markForResync(Database& db);

} // namespace patron::test
