#pragma once
// Backups: one file that carries the encrypted database and the wrapped key, so it opens on a
// new PC with the recovery passphrase alone. Every backup is verified (reopened, integrity
// checked, checksummed) before it counts; a restore never touches the live store until the
// backup it restores has passed the same checks. A restored store begins a new receipt epoch,
// so receipt numbers printed after the backup was taken are never issued again.

#include "common/Result.h"

#include <QString>

namespace patron {

class Database;
class Store;

struct BackupInfo {
    QString file;
    qint64 bytes = 0;
    int schemaVersion = 0;
    QString storeUuid;
    QString sha256;  // of the database part
};

// Writes a verified backup of the open store to `file` (replaced atomically where the target
// allows it). A full disk or unwritable target is a clear error; the store is untouched.
Result<BackupInfo> backupStore(Store& store, const QString& file);
// The same through `connection`, a second connection to the store (a scheduled backup on a worker
// thread): it exports only committed data, whatever the till's own connection is doing.
Result<BackupInfo> backupStore(Store& store, Database& connection, const QString& file);

struct RestoreInfo {
    int schemaVersion = 0;
    qint64 newReceiptEpoch = 0;
    QString storeUuid;
    QString safetyCopy;  // the store that was replaced, kept beside it ("" when there was none)
    QStringList safetyCopiesRemoved;  // stamps of older safety copies deleted (RestoreSafetyCopies::kKept kept)
};

// What a backup holds, read from a verified copy: shown before anyone confirms a restore.
struct BackupSummary {
    int schemaVersion = 0;
    QString storeUuid;
    QString storeName;
    QString storeCode;
    QString tillCode;
    qint64 sales = 0;
    QString lastSaleAt;  // "" when it holds no sale
};

// Checks that `file` is a sound Patron backup that `passphrase` opens (checksum, integrity,
// Patron store, schema not newer) without touching any store. The database part is unpacked into
// `workDir` (the data folder: the same disk the restore will need) and removed again.
Result<BackupSummary> inspectBackup(const QString& file, const QByteArray& passphrase, const QString& workDir);

// Restores `file` into `dataDir` (which may hold a store or be empty). Needs the directory
// exclusively: a till or patron-cli that has the store open makes it fail with StoreBusy. The
// replaced store is kept beside it as a safety copy (RestoreInfo::safetyCopy); of those, the
// newest RestoreSafetyCopies::kKept stay.
Result<RestoreInfo> restoreStore(const QString& dataDir, const QString& file, const QByteArray& passphrase);

} // namespace patron
