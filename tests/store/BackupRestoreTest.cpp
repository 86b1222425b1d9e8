// Checking a backup before a restore, and the whole restore the till and patron-cli share:
// the live store is kept as a safety copy, the restore is audited in the restored store, and a
// wrong passphrase, a file that is not a backup or a damaged one leave the live store untouched.

#include "TempStore.h"
#include "TestEnv.h"

#include "store/Backup.h"
#include "store/BackupRestore.h"
#include "store/Migrations.h"
#include "store/RestoreSafetyCopies.h"

#include <QDir>
#include <QFile>

using namespace patron;
using namespace patron::test;

namespace {

void putSetting(TempStore& t, const char* key)
{
    Transaction tx(t.db());
    t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES (?, 'x', 'x')", QString::fromLatin1(key));
    tx.commit();
}

qint64 settingCount(Database& db, const char* key)
{
    return db.queryInt64("SELECT count(*) FROM settings WHERE key = ?", QString::fromLatin1(key)).value_or(-1);
}

QString damagedCopy(TempStore& t, const QString& good)
{
    const QString f = t.tempPath(QStringLiteral("bad.ptrnbak"));
    QFile::copy(good, f);
    QFile out(f);
    REQUIRE(out.open(QIODevice::ReadWrite));
    out.seek(out.size() - 3000);
    out.write(QByteArray(200, '\x11'));
    return f;
}

} // namespace

TEST_CASE("A backup is inspected without touching any store", "[store][backup][restore]")
{
    TempStore t;
    putSetting(t, "before");
    const QString file = t.tempPath(QStringLiteral("shop.ptrnbak"));
    REQUIRE_OK(backupStore(t.store(), file));
    const QString work = t.tempPath(QStringLiteral("work"));

    auto summary = inspectBackup(file, kPassphrase, work);
    REQUIRE_OK(summary);
    CHECK(summary->storeUuid == t.store().identity().storeUuid);
    CHECK(summary->storeCode == t.store().identity().storeCode);
    CHECK(summary->tillCode == t.store().identity().tillCode);
    CHECK(summary->schemaVersion == latestSchemaVersion());
    CHECK(summary->sales == 0);
    // The unpacked copy is gone again.
    CHECK(QDir(work).entryList(QDir::Files).isEmpty());

    auto wrong = inspectBackup(file, "not-the-passphrase", work);
    CHECK(wrong.code() == ErrorCode::WrongPassphrase);
    CHECK_FALSE(wrong.message().isEmpty());

    const QString notes = t.tempPath(QStringLiteral("notes.txt"));
    {
        QFile out(notes);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("just some notes");
    }
    auto notBackup = inspectBackup(notes, kPassphrase, work);
    CHECK(notBackup.code() == ErrorCode::NotAStore);
    CHECK(notBackup.message().contains(QStringLiteral("not a Patron backup")));
    CHECK(inspectBackup(damagedCopy(t, file), kPassphrase, work).code() == ErrorCode::StoreDamaged);
    CHECK(inspectBackup(t.tempPath(QStringLiteral("missing.ptrnbak")), kPassphrase, work).code() == ErrorCode::NotFound);
    CHECK(QDir(work).entryList(QDir::Files).isEmpty());
    // The live store was open all along and is as it was.
    CHECK(settingCount(t.db(), "before") == 1);
}

TEST_CASE("A restore brings back the backup's data, keeps the replaced store, and is audited", "[store][backup][restore]")
{
    TempStore t;
    putSetting(t, "before");
    const QString file = t.tempPath(QStringLiteral("shop.ptrnbak"));
    REQUIRE_OK(backupStore(t.store(), file));
    putSetting(t, "after");  // made after the backup: the restore takes it away
    t.close();

    auto restored = restoreAndReopen(t.dir(), file, kPassphrase, QStringLiteral("admin"), t.clock(), StoreOpenOptions());
    REQUIRE_OK(restored);
    Store& store = *restored->store;
    CHECK(settingCount(store.db(), "before") == 1);
    CHECK(settingCount(store.db(), "after") == 0);
    CHECK(store.receiptEpoch() == 2);
    CHECK(store.meta(QStringLiteral("needs_resync")) == QStringLiteral("1"));
    CHECK(store.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'store.restored' AND user_name = 'admin'").value_or(0)
          == 1);
    CHECK(store.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'store.restored'").value_or(0) == 1);

    // The replaced store is kept, with the vault that opens it, and still holds what came after.
    const QString safety = restored->info.safetyCopy;
    REQUIRE_FALSE(safety.isEmpty());
    CHECK(QFile::exists(safety));
    restored->store.reset();
    QTemporaryDir elsewhere;
    const QString copyDir = elsewhere.filePath(QStringLiteral("store"));
    REQUIRE(QDir().mkpath(copyDir));
    const QString suffix = safety.mid(safety.indexOf(QStringLiteral(".before-restore-")));
    REQUIRE(QFile::copy(safety, copyDir + QStringLiteral("/patron.db")));
    REQUIRE(QFile::copy(t.dir() + QStringLiteral("/patron.vault") + suffix, copyDir + QStringLiteral("/patron.vault")));
    auto old = Store::openWithPassphrase(copyDir, kPassphrase);
    REQUIRE_OK(old);
    CHECK(settingCount((*old)->db(), "after") == 1);
}

TEST_CASE("A failed restore leaves the live store untouched", "[store][backup][restore]")
{
    TempStore t;
    putSetting(t, "live");
    const QString good = t.tempPath(QStringLiteral("good.ptrnbak"));
    REQUIRE_OK(backupStore(t.store(), good));
    putSetting(t, "after");
    const QString bad = damagedCopy(t, good);

    SECTION("the store is still open: busy")
    {
        auto busy = restoreAndReopen(t.dir(), good, kPassphrase, QStringLiteral("admin"), t.clock(), StoreOpenOptions());
        CHECK(busy.code() == ErrorCode::StoreBusy);
        CHECK(settingCount(t.db(), "after") == 1);
    }
    SECTION("closed, but a wrong passphrase, a damaged backup or not a backup")
    {
        t.close();
        CHECK(restoreAndReopen(t.dir(), good, "wrong-passphrase!", QStringLiteral("admin"), t.clock(), StoreOpenOptions()).code()
              == ErrorCode::WrongPassphrase);
        CHECK(restoreAndReopen(t.dir(), bad, kPassphrase, QStringLiteral("admin"), t.clock(), StoreOpenOptions()).code()
              == ErrorCode::StoreDamaged);
        CHECK(restoreAndReopen(t.dir(), t.dir() + QStringLiteral("/patron.vault"), kPassphrase, QStringLiteral("admin"), t.clock(),
                               StoreOpenOptions())
                  .code()
              == ErrorCode::NotAStore);
        t.reopen();
        CHECK(settingCount(t.db(), "after") == 1);
        CHECK(t.store().receiptEpoch() == 1);
        CHECK(t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'store.restored'").value_or(0) == 0);
        // No safety copies for restores that never happened.
        CHECK(QDir(t.dir()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
    }
}

TEST_CASE("A restore keeps the newest three safety copies and deletes older ones", "[store][backup][restore]")
{
    TempStore t;
    putSetting(t, "before");
    const QString file = t.tempPath(QStringLiteral("shop.ptrnbak"));
    REQUIRE_OK(backupStore(t.store(), file));
    t.close();

    // Three copies from earlier restores, and a file that only looks like one.
    const RestoreSafetyCopies copies(t.dir() + QStringLiteral("/patron.db"), t.dir() + QStringLiteral("/patron.vault"));
    const QStringList older {QStringLiteral("20250101-080000"), QStringLiteral("20250301-080000"), QStringLiteral("20250201-080000")};
    for (const QString& stamp : older) {
        for (const QString& path : {copies.dbCopyFor(stamp), copies.vaultCopyFor(stamp)}) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("old store");
        }
    }
    const QString notACopy = copies.dbCopyFor(QStringLiteral("notes.txt"));
    {
        QFile f(notACopy);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    REQUIRE(copies.stamps() == QStringList({older[0], older[2], older[1]}));

    auto restored = restoreAndReopen(t.dir(), file, kPassphrase, QStringLiteral("admin"), t.clock(), StoreOpenOptions());
    REQUIRE_OK(restored);
    // The new copy and the two newest older ones stay; the oldest goes, database and vault.
    CHECK(restored->info.safetyCopiesRemoved == QStringList {older[0]});
    const QStringList left = copies.stamps();
    REQUIRE(left.size() == RestoreSafetyCopies::kKept);
    CHECK(left.mid(0, 2) == QStringList({older[2], older[1]}));
    CHECK(copies.dbCopyFor(left.last()) == restored->info.safetyCopy);
    CHECK_FALSE(QFile::exists(copies.dbCopyFor(older[0])));
    CHECK_FALSE(QFile::exists(copies.vaultCopyFor(older[0])));
    CHECK(QFile::exists(copies.vaultCopyFor(left.last())));
    CHECK(QFile::exists(notACopy));
    // A copy stamped before the others (the till's clock was set back) is still the one kept.
    const QString setBack = QStringLiteral("20240101-000000");
    for (const QString& path : {copies.dbCopyFor(setBack), copies.vaultCopyFor(setBack)}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    CHECK(copies.keepNewest(setBack) == QStringList {older[2]});
    CHECK(copies.stamps() == QStringList({setBack, older[1], left.last()}));
    // The audit record says which were deleted.
    CHECK(restored->store->db()
              .queryText("SELECT details FROM audit_log WHERE action = 'store.restored'")
              .value_or(QString())
              .contains(older[0]));
}
