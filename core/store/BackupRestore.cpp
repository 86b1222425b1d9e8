#include "store/BackupRestore.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct BackupRestoreTr {
    Q_DECLARE_TR_FUNCTIONS(patron::BackupRestore)
};

Result<RestoredStore> restoreAndReopen(const QString& dataDir, const QString& file, const QByteArray& passphrase,
                                       const QString& actor, const Clock& clock, const StoreOpenOptions& options)
{
    auto info = restoreStore(dataDir, file, passphrase);
    if (!info)
        return Error{info.error().code, BackupRestoreTr::tr("The backup was not restored: %1 The store was not changed.")
                                            .arg(info.error().message)};
    // From here on the files are swapped: a failure must not claim the old store is back.
    auto afterSwap = [&](const Error& e) {
        return Error{e.code, BackupRestoreTr::tr("The backup was restored (the replaced store is kept as %1), but the "
                                                 "restored store could not be opened: %2")
                                 .arg(info->safetyCopy, e.message)};
    };
    auto opened = Store::openWithPassphrase(dataDir, passphrase, options);
    if (!opened)
        return afterSwap(opened.error());
    Store& store = **opened;
    auto recorded = guarded([&] {
        AuditLog audit(store.db(), clock);
        Outbox outbox(store.db(), store.identity().storeCode, store.identity().tillCode, clock);
        Transaction tx(store.db());
        QJsonObject details {{QStringLiteral("receipt_epoch"), info->newReceiptEpoch},
                             {QStringLiteral("safety_copy"), info->safetyCopy}};
        if (!info->safetyCopiesRemoved.isEmpty())  // older copies deleted to make room: say which
            details.insert(QStringLiteral("safety_copies_removed"), QJsonArray::fromStringList(info->safetyCopiesRemoved));
        audit.append(actor, QStringLiteral("store.restored"), file, details);
        outbox.append(QStringLiteral("store.restored"), 1, {{QStringLiteral("receipt_epoch"), info->newReceiptEpoch}});
        tx.commit();
    });
    if (!recorded)
        return afterSwap(recorded.error());
    return RestoredStore{std::move(*opened), *info};
}

} // namespace patron
