#include "TempStore.h"
#include "TestEnv.h"

#include "store/Backup.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("Nothing a member tells the shop is readable from the disk", "[store][encryption]")
{
    TempStore t;
    // A member-like record, distinctive enough to find in any file that leaks it.
    const QString secret = QStringLiteral("王小明 13812345678 上海市浦东新区世纪大道100号 VIP-SECRET-7Q");
    {
        Transaction tx(t.db());
        t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('member_probe', ?, 'x')", secret);
        t.audit().append(QStringLiteral("admin"), QStringLiteral("member.edit"), secret);
        t.outbox().append(QStringLiteral("member.updated"), 1, {{QStringLiteral("name"), secret}});
        tx.commit();
    }
    // Some sorting work that could spill to temp files if temp_store were not MEMORY.
    t.db().exec("CREATE TEMP TABLE scratch AS SELECT value FROM settings");
    const QString backup = t.dir() + QStringLiteral("/backups/nightly.pbk");
    QDir().mkpath(t.dir() + QStringLiteral("/backups"));
    REQUIRE_OK(backupStore(t.store(), backup));

    // While open (WAL and SHM exist) and after closing.
    for (int pass = 0; pass < 2; ++pass) {
        for (const QByteArray& needle : {secret.toUtf8(), QByteArray("13812345678"), QByteArray("VIP-SECRET-7Q"),
                                         QStringLiteral("王小明").toUtf8()}) {
            const QStringList leaks = filesContaining(t.dir(), needle);
            INFO("pass " << pass << " leaks: " << leaks.join(QStringLiteral(", ")).toStdString());
            CHECK(leaks.isEmpty());
        }
        t.close();
    }
    QFile db(t.dir() + QStringLiteral("/patron.db"));
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.read(16).startsWith("SQLite format 3"));
    // The key itself is not on disk in clear either.
    t.reopen();
    const SecureBytes key = t.store().dataKey();
    const QByteArray raw(reinterpret_cast<const char*>(key.data()), qsizetype(key.size()));
    CHECK(filesContaining(t.dir(), raw).isEmpty());
    CHECK(filesContaining(t.dir(), raw.toHex()).isEmpty());
}
