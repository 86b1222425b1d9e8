#pragma once
// BackupRestore: the whole restore as patron-cli and the till's back office do it: restore the
// backup into the (closed) data folder, open the restored store, and record the restore in its
// own audit chain and outbox ("store.restored"), so head office and the audit log both know.

#include "common/Result.h"
#include "store/Backup.h"

#include <memory>

namespace patron {

class Clock;
class Store;
struct StoreOpenOptions;

struct RestoredStore {
    std::unique_ptr<Store> store;
    RestoreInfo info;
};

// Nothing may hold the store open (the caller closes its own session first). On any failure
// before the swap the live store is untouched; `actor` is who asked, for the audit record.
Result<RestoredStore> restoreAndReopen(const QString& dataDir, const QString& file, const QByteArray& passphrase,
                                       const QString& actor, const Clock& clock, const StoreOpenOptions& options);

} // namespace patron
