#include "CliRunner.h"
#include "TestEnv.h"

using namespace patron::test;

namespace {
struct CliStore {
    QTemporaryDir tmp;
    CliRunner cli{tmp.filePath(QStringLiteral("store"))};
    CliStore()
    {
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
    }
    CliResult init()
    {
        return cli.run({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("南京路店"),
                        QStringLiteral("--store-code"), QStringLiteral("SH02"), QStringLiteral("--till-code"),
                        QStringLiteral("T3"), QStringLiteral("--currency"), QStringLiteral("CNY"),
                        QStringLiteral("--admin-pin"), QStringLiteral("2580")});
    }
    QStringList asAdmin(QStringList args) const
    {
        return QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("2580")} + args;
    }
};
} // namespace

TEST_CASE("patron-cli init, info and verify", "[cli]")
{
    CliStore s;
    auto init = s.init();
    INFO(init.out.toStdString() << init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.json[QStringLiteral("store_code")].toString() == QStringLiteral("SH02"));
    CHECK(init.json[QStringLiteral("till_code")].toString() == QStringLiteral("T3"));
    CHECK(init.json[QStringLiteral("admin_user")].toString() == QStringLiteral("admin"));

    auto info = s.cli.run({QStringLiteral("info")});
    REQUIRE(info.exitCode == 0);
    CHECK(info.json[QStringLiteral("store_name")].toString() == QStringLiteral("南京路店"));
    CHECK(info.json[QStringLiteral("currency")].toString() == QStringLiteral("CNY"));
    CHECK(info.json[QStringLiteral("receipt_epoch")].toInteger() == 1);
    CHECK(info.json[QStringLiteral("journal_mode")].toString() == QStringLiteral("wal"));
    const QJsonObject cipher = info.json[QStringLiteral("cipher")].toObject();
    CHECK(cipher[QStringLiteral("page_size")].toInteger() == 4096);
    CHECK(cipher[QStringLiteral("use_hmac")].toBool());
    CHECK(info.json[QStringLiteral("row_counts")][QStringLiteral("users")].toInteger() == 1);
    CHECK(info.json[QStringLiteral("schema_version")].toInteger() == info.json[QStringLiteral("latest_schema_version")].toInteger());

    auto verify = s.cli.run({QStringLiteral("verify")});
    REQUIRE(verify.exitCode == 0);
    CHECK(verify.json[QStringLiteral("ok")].toBool());
    CHECK(verify.json[QStringLiteral("integrity")].toString() == QStringLiteral("ok"));
    CHECK(verify.json[QStringLiteral("audit")][QStringLiteral("records")].toInteger() >= 2);

    // Text mode prints sentences, not JSON.
    auto text = s.cli.run({QStringLiteral("verify")}, false);
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("intact")));
}

TEST_CASE("patron-cli errors: codes, messages and exit codes", "[cli]")
{
    CliStore s;
    REQUIRE(s.init().exitCode == 0);
    // Init twice: refused (1).
    auto again = s.init();
    CHECK(again.exitCode == 1);
    CHECK(again.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("already_exists"));
    // Wrong passphrase: authentication (3).
    CliRunner wrong = s.cli;
    wrong.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("not-the-right-one"));
    auto w = wrong.run({QStringLiteral("info")});
    CHECK(w.exitCode == 3);
    CHECK(w.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("wrong_passphrase"));
    CHECK_FALSE(w.json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
    // Usage errors (2).
    CHECK(s.cli.run({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(s.cli.run({QStringLiteral("backup")}).exitCode == 2);
    CHECK(s.cli.run({QStringLiteral("info"), QStringLiteral("--bogus")}).exitCode == 2);
    // Not a store (5): a plain file as the vault.
    QTemporaryDir other;
    QDir().mkpath(other.filePath(QStringLiteral("s")));
    QFile f(other.filePath(QStringLiteral("s/patron.vault")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{}");
    f.close();
    QFile db(other.filePath(QStringLiteral("s/patron.db")));
    REQUIRE(db.open(QIODevice::WriteOnly));
    db.write(QByteArray(4096, 'x'));
    db.close();
    CliRunner notStore(other.filePath(QStringLiteral("s")));
    notStore.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
    auto ns = notStore.run({QStringLiteral("info")});
    CHECK(ns.exitCode == 5);
    CHECK(ns.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("not_a_store"));
    // Translated without --json: Chinese when asked.
    CliRunner zh = wrong;
    zh.env().insert(QStringLiteral("PATRON_LANG"), QStringLiteral("zh_CN"));
    auto zhText = zh.run({QStringLiteral("info")}, false);
    CHECK(zhText.exitCode == 3);
    CHECK(zhText.err.contains(QStringLiteral("密码")));
}

TEST_CASE("patron-cli backup, restore and passphrase change", "[cli][backup]")
{
    CliStore s;
    REQUIRE(s.init().exitCode == 0);
    const QString file = s.tmp.filePath(QStringLiteral("nightly.pbk"));
    auto b = s.cli.run(s.asAdmin({QStringLiteral("backup"), file}));
    INFO(b.out.toStdString());
    REQUIRE(b.exitCode == 0);
    CHECK(b.json[QStringLiteral("bytes")].toInteger() > 4096);
    CHECK(b.json[QStringLiteral("sha256")].toString().size() == 64);
    // Backup needs a user with the permission.
    CHECK(s.cli.run({QStringLiteral("backup"), file}).exitCode == 3);
    // /dev/full: the disk-full error and its exit code (6).
    auto full = s.cli.run(s.asAdmin({QStringLiteral("backup"), QStringLiteral("/dev/full")}));
    CHECK(full.exitCode == 6);
    CHECK(full.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("disk_full"));

    // Restore onto a new machine.
    QTemporaryDir pc;
    CliRunner other(pc.filePath(QStringLiteral("store")));
    other.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
    auto r = other.run({QStringLiteral("restore"), file});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json[QStringLiteral("receipt_epoch")].toInteger() == 2);
    auto info = other.run({QStringLiteral("info")});
    CHECK(info.json[QStringLiteral("store_code")].toString() == QStringLiteral("SH02"));
    CHECK(info.json[QStringLiteral("receipt_epoch")].toInteger() == 2);

    // Over a joined till's own store with events head office has not received: refused, since
    // the restored store would never send them; --discard-unsent says the owner accepts that.
    REQUIRE(s.cli.run(s.asAdmin({QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--dsn"),
                                 QStringLiteral("host=hq.example dbname=patron user=till1 password=secret"),
                                 QStringLiteral("--sslmode"), QStringLiteral("require")}))
                .exitCode == 0);
    auto overUnsent = s.cli.run({QStringLiteral("restore"), file});
    CHECK(overUnsent.exitCode == 1);
    CHECK(overUnsent.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("--discard-unsent")));
    CHECK(s.cli.run({QStringLiteral("info")}).json[QStringLiteral("receipt_epoch")].toInteger() == 1);  // untouched
    auto discarded = s.cli.run({QStringLiteral("restore"), file, QStringLiteral("--discard-unsent")});
    INFO(discarded.out.toStdString() << discarded.err.toStdString());
    REQUIRE(discarded.exitCode == 0);
    CHECK(discarded.json[QStringLiteral("receipt_epoch")].toInteger() == 2);

    // Passphrase change: the old one stops working, the new one works.
    CliRunner change = s.cli;
    change.env().insert(QStringLiteral("PATRON_NEW_PASSPHRASE"), QStringLiteral("new-passphrase-2"));
    auto c = change.run(s.asAdmin({QStringLiteral("passphrase"), QStringLiteral("change")}));
    INFO(c.out.toStdString());
    REQUIRE(c.exitCode == 0);
    CHECK(s.cli.run({QStringLiteral("info")}).exitCode == 3);
    CliRunner fresh = s.cli;
    fresh.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("new-passphrase-2"));
    CHECK(fresh.run({QStringLiteral("info")}).exitCode == 0);
    // The passphrase file option works too.
    QFile pf(s.tmp.filePath(QStringLiteral("pass.txt")));
    REQUIRE(pf.open(QIODevice::WriteOnly));
    pf.write("new-passphrase-2\n");
    pf.close();
    CliRunner viaFile = s.cli;
    viaFile.env().remove(QStringLiteral("PATRON_PASSPHRASE"));
    CHECK(viaFile.run({QStringLiteral("--passphrase-file"), pf.fileName(), QStringLiteral("info")}).exitCode == 0);
}
