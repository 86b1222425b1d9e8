#include "TempStore.h"
#include "TestEnv.h"

#include "store/Backup.h"
#include "store/Migrations.h"

#include <QFileInfo>

using namespace patron;
using namespace patron::test;

TEST_CASE("Backup and restore round trip onto a new PC", "[store][backup]")
{
    TempStore t;
    {
        Transaction tx(t.db());
        for (int i = 0; i < 500; ++i)
            t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES (?, ?, 'x')",
                           QStringLiteral("k%1").arg(i), QStringLiteral("值 %1").arg(i));
        tx.commit();
    }
    const QString file = t.tempPath(QStringLiteral("shop.pbk"));
    auto info = backupStore(t.store(), file);
    REQUIRE_OK(info);
    CHECK(info->bytes > 0);
    CHECK(info->sha256.size() == 64);
    CHECK(info->schemaVersion == latestSchemaVersion());

    // "New PC": an empty folder; only the backup file and the passphrase.
    QTemporaryDir pc;
    const QString dir = pc.filePath(QStringLiteral("store"));
    CHECK(restoreStore(dir, file, "wrong-passphrase!").code() == ErrorCode::WrongPassphrase);
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/patron.db")));
    auto restored = restoreStore(dir, file, kPassphrase);
    REQUIRE_OK(restored);
    CHECK(restored->newReceiptEpoch == 2);
    auto opened = Store::openWithPassphrase(dir, kPassphrase);
    REQUIRE_OK(opened);
    Store& s = **opened;
    CHECK(s.db().queryInt64("SELECT count(*) FROM settings") == 500);
    CHECK(s.db().queryText("SELECT value FROM settings WHERE key = 'k499'") == QStringLiteral("值 499"));
    CHECK(s.receiptEpoch() == 2);
    CHECK(s.meta(QStringLiteral("needs_resync")) == QStringLiteral("1"));
    CHECK(s.db().integrityCheck() == QStringLiteral("ok"));
    CHECK(s.db().queryInt64("PRAGMA cipher_page_size") == 4096);
    CHECK(s.identity().storeUuid == t.store().identity().storeUuid);
}

TEST_CASE("Restoring over a live store starts a new epoch past both", "[store][backup]")
{
    TempStore t;
    const QString file = t.tempPath(QStringLiteral("a.pbk"));
    REQUIRE_OK(backupStore(t.store(), file));
    {
        Transaction tx(t.db());
        t.store().setMeta(QStringLiteral("receipt_epoch"), QStringLiteral("7"));  // the live till moved on
        t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('after', 'backup', 'x')");
        tx.commit();
    }
    t.close();
    auto r = restoreStore(t.dir(), file, kPassphrase);
    REQUIRE_OK(r);
    CHECK(r->newReceiptEpoch == 8);
    t.reopen();
    CHECK(t.store().receiptEpoch() == 8);
    CHECK(t.db().queryInt64("SELECT count(*) FROM settings WHERE key = 'after'") == 0);  // the backup's state
    CHECK_FALSE(QFile::exists(t.dir() + QStringLiteral("/patron.db.pre-restore")));
}

TEST_CASE("Bad backups are refused and the live store is kept", "[store][backup]")
{
    TempStore t;
    {
        Transaction tx(t.db());
        t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('live', 'yes', 'x')");
        tx.commit();
    }
    const QString good = t.tempPath(QStringLiteral("good.pbk"));
    REQUIRE_OK(backupStore(t.store(), good));
    t.close();

    SECTION("not a backup")
    {
        const QString f = t.tempPath(QStringLiteral("notes.txt"));
        QFile out(f);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("just some notes");
        out.close();
        CHECK(restoreStore(t.dir(), f, kPassphrase).code() == ErrorCode::NotAStore);
    }
    SECTION("truncated")
    {
        const QString f = t.tempPath(QStringLiteral("cut.pbk"));
        QFile::copy(good, f);
        QFile out(f);
        REQUIRE(out.open(QIODevice::ReadWrite));
        out.resize(out.size() - 5000);
        out.close();
        CHECK(restoreStore(t.dir(), f, kPassphrase).code() == ErrorCode::StoreDamaged);
    }
    SECTION("corrupted pages")
    {
        const QString f = t.tempPath(QStringLiteral("bad.pbk"));
        QFile::copy(good, f);
        QFile out(f);
        REQUIRE(out.open(QIODevice::ReadWrite));
        out.seek(out.size() - 3000);
        out.write(QByteArray(200, '\x11'));
        out.close();
        CHECK(restoreStore(t.dir(), f, kPassphrase).code() == ErrorCode::StoreDamaged);
    }
    t.reopen();
    CHECK(t.db().queryText("SELECT value FROM settings WHERE key = 'live'") == QStringLiteral("yes"));
    CHECK(t.store().receiptEpoch() == 1);
}

TEST_CASE("A backup to a full disk fails clearly and leaves the store untouched", "[store][backup][fault]")
{
    TempStore t;
    auto r = backupStore(t.store(), QStringLiteral("/dev/full"));
    CHECK(r.code() == ErrorCode::DiskFull);
    CHECK(r.message().contains(QStringLiteral("full")));
    // /dev/full is still a device (the backup never renames over a target that is not a file).
    CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
    CHECK(t.db().integrityCheck() == QStringLiteral("ok"));
    // No export residue is left in the data folder.
    CHECK_FALSE(QFile::exists(t.dir() + QStringLiteral("/backup-export.tmp")));
    // A folder that does not exist.
    CHECK_FALSE(backupStore(t.store(), t.tempPath(QStringLiteral("no/such/dir/x.pbk"))).ok());
}
