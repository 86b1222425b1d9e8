#include "HeadOfficeOwned.h"

#include "CliContext.h"

#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QCoreApplication>

namespace patron::cli {

namespace {
struct OwnedCliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli::HeadOfficeOwned)
};

QString refusal(HeadOfficeOwned what)
{
    switch (what) {
    case HeadOfficeOwned::Catalog:
        return OwnedCliTr::tr("This till is joined to head office, which owns the catalog: products are changed there "
                              "(patron-cli hq product …).");
    case HeadOfficeOwned::Categories:
        return OwnedCliTr::tr("This till is joined to head office, which owns the catalog: categories are changed there.");
    case HeadOfficeOwned::Prices:
        return OwnedCliTr::tr("This till is joined to head office, which owns prices: price changes are made there.");
    case HeadOfficeOwned::Promotions:
        return OwnedCliTr::tr("This till is joined to head office, which owns promotions: they are changed there "
                              "(patron-cli hq promo …).");
    case HeadOfficeOwned::LoyaltyRules:
        return OwnedCliTr::tr("This till is joined to head office, which owns the loyalty rules: they are changed "
                              "there (patron-cli hq rules …).");
    }
    return {};
}
} // namespace

std::optional<int> refuseWhenHeadOfficeOwns(CliContext& ctx, HeadOfficeOwned what)
{
    StoreSettings settings(ctx.store()->db(), *ctx.clock);
    if (!SyncConfig(settings).connectInfo())
        return std::nullopt;
    return ctx.fail({ErrorCode::Refused, refusal(what)});
}

} // namespace patron::cli
