#pragma once
// The selling services patron-cli builds on an open store: catalog, members (with pinyin
// initials; stored value reserved at head office when joined), the loyalty port, and the sales
// context the cart, checkout, returns and shifts share.

#include "CliContext.h"

#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "common/InlineRunner.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/SalesContext.h"
#include "sync/HqWalletReservation.h"

#include <memory>

namespace patron::cli {

struct SalesStack {
    explicit SalesStack(CliContext& ctx)
        : store(*ctx.store()),
          catalog(store.db(), ctx.audit(), ctx.outbox(), *ctx.clock),
          walletReservation(HqWalletReservation::ifJoined(store.db(), *ctx.clock, ctx.audit(), ctx.outbox(), headOffice)),
          members(store.db(), *ctx.clock, ctx.audit(), ctx.outbox(), store.identity().storeCode,
                  [](const QString& name) { return pinyinInitials(name, 8); }, walletReservation.get()),
          loyalty(members, store.db(), *ctx.clock),
          sales{store.db(), *ctx.clock, ctx.audit(), ctx.outbox(), catalog, loyalty, store.identity(), store.receiptEpoch()}
    {
    }
    Store& store;
    ProductCatalog catalog;
    // The command line waits on head office in place: nothing else runs meanwhile.
    InlineRunner headOffice;
    // Joined to head office: stored value is reserved there before a spend (null: local rule).
    std::unique_ptr<WalletReservation> walletReservation;
    MembersModule members;
    MembersLoyalty loyalty;
    SalesContext sales;
};

} // namespace patron::cli
