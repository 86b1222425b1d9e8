#include "store/Backup.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/KeyVault.h"
#include "store/Migrations.h"
#include "store/RestoreSafetyCopies.h"
#include "store/Store.h"
#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include "store/Sqlite.h"

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct BackupTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Backup)
};

namespace {

// Container: magic, format version, vault length, vault JSON, SHA-256 of the database part,
// database length, database bytes. The checksum catches damage in pages the integrity check
// never reads (free pages), which SQLCipher's per-page HMAC only notices when a page is read.
const QByteArray kMagic("PATRON-BACKUP\n", 14);
constexpr quint32 kFormat = 1;

Error writeError(const QString& file, const QFileDevice& f)
{
    if (f.error() == QFileDevice::ResourceError || f.errorString().contains(QLatin1String("space"), Qt::CaseInsensitive))
        return {ErrorCode::DiskFull, BackupTr::tr("The backup could not be written to %1: the disk is full.").arg(file)};
    if (f.error() == QFileDevice::OpenError || f.error() == QFileDevice::PermissionsError)
        return {ErrorCode::ReadOnly, BackupTr::tr("The backup cannot be written to %1: %2").arg(file, f.errorString())};
    return {ErrorCode::IoError, BackupTr::tr("The backup could not be written to %1: %2").arg(file, f.errorString())};
}

QByteArray sha256File(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// Opens a database file with the key and checks it is a sound Patron store.
Result<int> verifyDatabaseFile(const QString& path, const SecureBytes& key)
{
    Database::Options o;
    auto db = Database::open(path, key, o);
    if (!db)
        return makeError(ErrorCode::StoreDamaged, BackupTr::tr("The backup's database cannot be opened: %1").arg(db.message()));
    return guarded([&]() -> Result<int> {
        if (db->queryInt64("PRAGMA application_id").value_or(0) != kPatronApplicationId)
            return makeError(ErrorCode::NotAStore, BackupTr::tr("The backup does not contain a Patron store."));
        const QString check = db->integrityCheck();
        if (check != u"ok")
            return makeError(ErrorCode::StoreDamaged, BackupTr::tr("The backup failed its integrity check: %1").arg(check.left(200)));
        return int(db->queryInt64("PRAGMA user_version").value_or(0));
    });
}

struct Container {
    QByteArray vaultJson;
    QByteArray sha256;
    qint64 dbOffset = 0;
    qint64 dbLength = 0;
};

Result<Container> readContainer(QFile& f)
{
    const Error notBackup{ErrorCode::NotAStore, BackupTr::tr("%1 is not a Patron backup.").arg(f.fileName())};
    if (f.read(kMagic.size()) != kMagic)
        return notBackup;
    QDataStream in(&f);
    in.setByteOrder(QDataStream::BigEndian);
    quint32 format = 0, vaultLen = 0;
    in >> format >> vaultLen;
    if (in.status() != QDataStream::Ok)
        return notBackup;
    if (format > kFormat)
        return makeError(ErrorCode::StoreTooNew, BackupTr::tr("The backup was made by a newer version of Patron."));
    if (vaultLen > 65536)
        return notBackup;
    Container c;
    c.vaultJson = f.read(vaultLen);
    c.sha256 = f.read(32);
    qint64 dbLen = 0;
    in >> dbLen;
    if (in.status() != QDataStream::Ok || c.vaultJson.size() != qsizetype(vaultLen) || dbLen <= 0
        || f.pos() + dbLen != f.size())
        return makeError(ErrorCode::StoreDamaged, BackupTr::tr("The backup %1 is truncated or damaged.").arg(f.fileName()));
    c.dbOffset = f.pos();
    c.dbLength = dbLen;
    return c;
}

bool copyRange(QFile& from, qint64 offset, qint64 length, QFileDevice& to)
{
    if (!from.seek(offset))
        return false;
    QByteArray buf;
    while (length > 0) {
        buf = from.read(qMin<qint64>(length, 1 << 20));
        if (buf.isEmpty() || to.write(buf) != buf.size())
            return false;
        length -= buf.size();
    }
    return true;
}

void removeDbFiles(const QString& db)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(db + QString::fromLatin1(suffix));
}

struct DbFilesCleanup {
    QString path;
    ~DbFilesCleanup() { removeDbFiles(path); }
};

// Copies the database part of the backup `in` to `target` and checks it there: the checksum,
// that the key opens it, its integrity, that it is a Patron store of a schema this build knows.
Result<int> unpackVerified(QFile& in, const Container& container, const SecureBytes& key, const QString& target)
{
    removeDbFiles(target);
    {
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || !copyRange(in, container.dbOffset, container.dbLength, out) || !out.flush())
            return writeError(target, out);
    }
    if (sha256File(target) != container.sha256)
        return makeError(ErrorCode::StoreDamaged,
                         BackupTr::tr("The backup %1 is damaged: its checksum does not match.").arg(in.fileName()));
    auto version = verifyDatabaseFile(target, key);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return makeError(ErrorCode::StoreTooNew,
                         BackupTr::tr("The backup was made by a newer version of Patron (schema %1). Nothing was changed.").arg(*version));
    return version;
}

// Opens the backup file and unwraps its key with the passphrase.
Result<std::pair<Container, SecureBytes>> openBackup(QFile& in, const QByteArray& passphrase)
{
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         BackupTr::tr("The backup %1 cannot be opened: %2").arg(in.fileName(), in.errorString()));
    auto container = readContainer(in);
    if (!container)
        return container.error();
    auto vault = KeyVault::fromJson(container->vaultJson);
    if (!vault)
        return vault.error();
    auto key = vault->unlock(passphrase);
    if (!key)
        return key.error();
    return std::pair<Container, SecureBytes>{*container, std::move(*key)};
}
} // namespace

Result<BackupSummary> inspectBackup(const QString& file, const QByteArray& passphrase, const QString& workDir)
{
    QFile in(file);
    auto opened = openBackup(in, passphrase);
    if (!opened)
        return opened.error();
    if (!QDir().mkpath(workDir))
        return makeError(ErrorCode::ReadOnly, BackupTr::tr("Cannot create the folder %1.").arg(workDir));
    const QString copy = QDir(workDir).filePath(QStringLiteral("inspect-staging.db"));
    const DbFilesCleanup cleanup{copy};
    auto version = unpackVerified(in, opened->first, opened->second, copy);
    if (!version)
        return version.error();
    auto db = Database::open(copy, opened->second, Database::Options());
    if (!db)
        return makeError(ErrorCode::StoreDamaged, BackupTr::tr("The backup's database cannot be opened: %1").arg(db.message()));
    return guarded([&]() -> Result<BackupSummary> {
        BackupSummary summary;
        summary.schemaVersion = *version;
        auto meta = [&](const char* key) {
            return db->queryText("SELECT value FROM meta WHERE key = ?", QString::fromLatin1(key)).value_or(QString());
        };
        summary.storeUuid = meta("store_uuid");
        summary.storeName = meta("store_name");
        summary.storeCode = meta("store_code");
        summary.tillCode = meta("till_code");
        // A backup of a store made before the sales schema has no sales table yet.
        if (db->queryInt64("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sales'").value_or(0) > 0) {
            summary.sales = db->queryInt64("SELECT count(*) FROM sales").value_or(0);
            summary.lastSaleAt = db->queryText("SELECT max(created_at) FROM sales").value_or(QString());
        }
        return summary;
    });
}

Result<BackupInfo> backupStore(Store& store, const QString& file) { return backupStore(store, store.db(), file); }

Result<BackupInfo> backupStore(Store& store, Database& db, const QString& file)
{
    // 1. Export into a temporary encrypted file beside the live store (same disk, never plain).
    //    The store's connection is opened without SQLITE_OPEN_CREATE, and ATTACH inherits that:
    //    the export file must exist (empty) first. A unique name lets a scheduled backup and a
    //    manual one run at the same time.
    QString tmp;
    {
        QTemporaryFile touch(QDir(store.paths().dir).filePath(QStringLiteral("backup-export-XXXXXX.tmp")));
        touch.setAutoRemove(false);
        if (!touch.open())
            return makeError(ErrorCode::ReadOnly, BackupTr::tr("Cannot write in the data folder %1: %2").arg(store.paths().dir, touch.errorString()));
        tmp = touch.fileName();
    }
    const SecureBytes key = store.dataKey();
    auto exported = guarded([&] {
        // Without this, ATTACH creates the export with 3.4.1's 1024-byte default pages, and the
        // backup would not reopen with the 4096 the store is opened with.
        db.exec("PRAGMA cipher_default_page_size = 4096; PRAGMA cipher_default_use_hmac = ON;");
        const SecureBytes hex = key.toHex();
        QByteArray spec = "x'" + QByteArray(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size())) + "'";
        Statement attach = db.prepare("ATTACH DATABASE ? AS patron_backup KEY ?");
        attach.bind(1, tmp);
        attach.bind(2, QString::fromLatin1(spec));
        wipe(spec);
        attach.run();
        struct Detach {
            Database& d;
            ~Detach() { try { d.exec("DETACH DATABASE patron_backup"); } catch (...) {} }
        } detach{db};
        db.exec("SELECT sqlcipher_export('patron_backup')");
        // sqlcipher_export copies schema and rows, not the header fields.
        const qint64 version = db.queryInt64("PRAGMA main.user_version").value_or(0);
        db.exec(QByteArray("PRAGMA patron_backup.user_version = " + QByteArray::number(version)).constData());
        db.exec(QByteArray("PRAGMA patron_backup.application_id = " + QByteArray::number(kPatronApplicationId)).constData());
    });
    if (!exported) {
        removeDbFiles(tmp);
        return exported.error();
    }
    struct TmpCleanup {
        QString path;
        ~TmpCleanup() { removeDbFiles(path); }
    } tmpCleanup{tmp};

    // 2. Verify the export before it becomes a backup.
    auto version = verifyDatabaseFile(tmp, key);
    if (!version)
        return version.error();
    const QByteArray digest = sha256File(tmp);

    // 3. Write the container. A regular file is replaced atomically (QSaveFile); a device or
    //    pipe (a USB stick's raw device, /dev/full in tests) is written in place, never renamed
    //    over: root could otherwise replace a device node with a file.
    QFile exportFile(tmp);
    if (!exportFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, BackupTr::tr("The exported store cannot be read back."));
    const QByteArray vaultJson = store.vault().toJson();
    const QFileInfo target(file);
    const bool special = target.exists() && !target.isFile();
    std::unique_ptr<QFileDevice> out;
    if (special)
        out = std::make_unique<QFile>(file);
    else
        out = std::make_unique<QSaveFile>(file);
    if (!out->open(QIODevice::WriteOnly))
        return writeError(file, *out);
    {
        QDataStream ds(out.get());
        ds.setByteOrder(QDataStream::BigEndian);
        out->write(kMagic);
        ds << kFormat << quint32(vaultJson.size());
        out->write(vaultJson);
        out->write(digest);
        ds << qint64(exportFile.size());
    }
    bool written = out->error() == QFileDevice::NoError && copyRange(exportFile, 0, exportFile.size(), *out);
    if (written)
        written = special ? out->flush() : static_cast<QSaveFile*>(out.get())->commit();
    if (!written || out->error() != QFileDevice::NoError) {
        const Error e = writeError(file, *out);
        if (!special)
            static_cast<QSaveFile*>(out.get())->cancelWriting();
        return e;
    }
    if (special)
        out->close();  // QSaveFile closes itself in commit()
    if (special) {
        // Nothing to read back from a device; the export itself was verified above.
        BackupInfo info;
        info.file = file;
        info.bytes = kMagic.size() + 8 + vaultJson.size() + 32 + 8 + exportFile.size();
        info.schemaVersion = *version;
        info.storeUuid = store.identity().storeUuid;
        info.sha256 = QString::fromLatin1(digest.toHex());
        return info;
    }

    // 4. Read the written backup back: its database part must be the verified export.
    QFile readBack(file);
    if (!readBack.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, BackupTr::tr("The backup %1 cannot be read back for verification.").arg(file));
    auto container = readContainer(readBack);
    if (!container)
        return makeError(ErrorCode::IoError, BackupTr::tr("The backup %1 did not verify after writing.").arg(file));
    QCryptographicHash h(QCryptographicHash::Sha256);
    readBack.seek(container->dbOffset);
    for (qint64 left = container->dbLength; left > 0;) {
        const QByteArray chunk = readBack.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            break;
        h.addData(chunk);
        left -= chunk.size();
    }
    if (h.result() != digest || container->sha256 != digest)
        return makeError(ErrorCode::IoError, BackupTr::tr("The backup %1 did not verify after writing.").arg(file));

    BackupInfo info;
    info.file = QFileInfo(file).absoluteFilePath();
    info.bytes = readBack.size();
    info.schemaVersion = *version;
    info.storeUuid = store.identity().storeUuid;
    info.sha256 = QString::fromLatin1(digest.toHex());
    return info;
}

Result<RestoreInfo> restoreStore(const QString& dataDir, const QString& file, const QByteArray& passphrase)
{
    const StorePaths paths(dataDir);
    if (!QDir().mkpath(paths.dir))
        return makeError(ErrorCode::ReadOnly, BackupTr::tr("Cannot create the data folder %1.").arg(paths.dir));
    auto lock = StoreLock::acquire(paths.dir, StoreLock::Mode::Exclusive);
    if (!lock)
        return lock.error();

    QFile in(file);
    auto opened = openBackup(in, passphrase);
    if (!opened)
        return opened.error();
    const SecureBytes& key = opened->second;
    auto vault = KeyVault::fromJson(opened->first.vaultJson);
    if (!vault)
        return vault.error();

    // Unpack into a staging file in the data folder and check it there.
    const QString staging = QDir(paths.dir).filePath(QStringLiteral("restore-staging.db"));
    const DbFilesCleanup stagingCleanup{staging};
    auto version = unpackVerified(in, opened->first, key, staging);
    if (!version)
        return version.error();

    // A receipt epoch past both the backup's and (when it opens with the same passphrase) the
    // live store's, so no receipt number is ever issued twice.
    qint64 liveEpoch = 0;
    if (QFileInfo::exists(paths.vault) && QFileInfo::exists(paths.db)) {
        if (auto liveVault = KeyVault::load(paths.vault)) {
            if (auto liveKey = liveVault->unlock(passphrase)) {
                if (auto live = Database::open(paths.db, *liveKey, Database::Options())) {
                    auto e = guarded([&] { return live->queryText("SELECT value FROM meta WHERE key = 'receipt_epoch'"); });
                    if (e && *e)
                        liveEpoch = (*e)->toLongLong();
                }
            }
        }
    }
    RestoreInfo info;
    {
        auto db = Database::open(staging, key, Database::Options());
        if (!db)
            return db.error();
        auto prepared = guarded([&]() -> Result<void> {
            db->configureForUse();
            PATRON_TRY(migrate(*db, patronMigrations()));
            Transaction tx(*db);
            const qint64 backupEpoch =
                db->queryText("SELECT value FROM meta WHERE key = 'receipt_epoch'").value_or(QStringLiteral("1")).toLongLong();
            info.newReceiptEpoch = qMax(backupEpoch, liveEpoch) + 1;
            info.schemaVersion = schemaVersion(*db);
            info.storeUuid = db->queryText("SELECT value FROM meta WHERE key = 'store_uuid'").value_or(QString());
            const QString now = isoWithOffset(QDateTime::currentDateTime());
            db->execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('receipt_epoch', ?)", QString::number(info.newReceiptEpoch));
            db->execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('restored_at', ?)", now);
            // Head office may already have events this backup predates: re-pull before selling.
            db->execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('needs_resync', '1')");
            tx.commit();
            // Fold the WAL into the file so the rename below moves one complete file.
            db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
            return {};
        });
        if (!prepared)
            return prepared.error();
    }

    // Swap in: move the live files aside, move the staged store and its vault into place, and
    // only then delete what was moved aside.
    const QString aside = paths.db + QStringLiteral(".pre-restore");
    removeDbFiles(aside);
    QFile::remove(paths.vault + QStringLiteral(".pre-restore"));
    const bool hadLive = QFileInfo::exists(paths.db);
    if (hadLive) {
        for (const char* suffix : {"-wal", "-shm"})
            QFile::remove(paths.db + QString::fromLatin1(suffix));  // nobody holds it: we have the lock
        if (!QFile::rename(paths.db, aside))
            return makeError(ErrorCode::IoError, BackupTr::tr("The live store could not be moved aside; nothing was changed."));
        QFile::rename(paths.vault, paths.vault + QStringLiteral(".pre-restore"));
    }
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    auto rollBack = [&] {
        if (hadLive) {
            QFile::remove(paths.db);
            QFile::rename(aside, paths.db);
            QFile::remove(paths.vault);
            QFile::rename(paths.vault + QStringLiteral(".pre-restore"), paths.vault);
        }
    };
    if (!QFile::rename(staging, paths.db)) {
        rollBack();
        return makeError(ErrorCode::IoError, BackupTr::tr("The restored store could not be moved into place; the live store was kept."));
    }
    if (auto saved = vault->save(paths.vault); !saved) {
        rollBack();
        return saved.error();
    }
    if (hadLive) {
        // Keep what was replaced (database and the vault that opens it) under a dated name: if
        // the wrong backup was chosen, the store from before the restore is still there.
        const RestoreSafetyCopies copies(paths.db, paths.vault);
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString safety = copies.dbCopyFor(stamp);
        removeDbFiles(safety);
        if (QFile::rename(aside, safety)) {
            QFile::remove(copies.vaultCopyFor(stamp));
            QFile::rename(paths.vault + QStringLiteral(".pre-restore"), copies.vaultCopyFor(stamp));
            info.safetyCopy = safety;
            info.safetyCopiesRemoved = copies.keepNewest(stamp);
        } else {
            info.safetyCopy = aside;
        }
    }
    return info;
}

} // namespace patron
