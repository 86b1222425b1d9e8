#include "store/BackupRestore.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "store/Store.h"
#include "sync/Outbox.h"

namespace patron {

Result<RestoredStore> restoreAndReopen(const QString& dataDir, const QString& file, const QByteArray& passphrase,
                                       const QString& actor, const Clock& clock, const StoreOpenOptions& options)
{
    auto info = restoreStore(dataDir, file, passphrase);
    if (!info)
        return info.error();
    auto opened = Store::openWithPassphrase(dataDir, passphrase, options);
    if (!opened)
        return opened.error();
    Store& store = **opened;
    auto recorded = guarded([&] {
        AuditLog audit(store.db(), clock);
        Outbox outbox(store.db(), store.identity().storeCode, store.identity().tillCode, clock);
        Transaction tx(store.db());
        audit.append(actor, QStringLiteral("store.restored"), file,
                     {{QStringLiteral("receipt_epoch"), info->newReceiptEpoch},
                      {QStringLiteral("safety_copy"), info->safetyCopy}});
        outbox.append(QStringLiteral("store.restored"), 1, {{QStringLiteral("receipt_epoch"), info->newReceiptEpoch}});
        tx.commit();
    });
    if (!recorded)
        return recorded.error();
    return RestoredStore{std::move(*opened), *info};
}

} // namespace patron
