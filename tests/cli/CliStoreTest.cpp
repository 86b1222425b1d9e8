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

TEST_CASE("patron-cli compact rewrites the store without its free pages and keeps every row", "[cli][compact]")
{
    QTemporaryDir tmp;
    CliRunner cli(tmp.filePath(QStringLiteral("store")));
    cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-passphrase-1"));
    auto made = cli.run({QStringLiteral("demo"), QStringLiteral("generate"), QStringLiteral("--products"), QStringLiteral("300"),
                         QStringLiteral("--members"), QStringLiteral("300"), QStringLiteral("--sale-lines"),
                         QStringLiteral("3000"), QStringLiteral("--days"), QStringLiteral("5")});
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QStringList admin{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("1234")};
    auto before = cli.run({QStringLiteral("info")});
    REQUIRE(before.exitCode == 0);

    // An administrator's job.
    CHECK(cli.run({QStringLiteral("compact")}).exitCode == 3);
    auto cashier = cli.run({QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("--pin"), QStringLiteral("0000"),
                            QStringLiteral("compact")});
    CHECK(cashier.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("permission_denied"));

    auto first = cli.run(admin + QStringList{QStringLiteral("compact")});
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.json[QStringLiteral("bytes_after")].toInteger() <= first.json[QStringLiteral("bytes_before")].toInteger());
    CHECK(first.json[QStringLiteral("free_pages_before")].toInteger() >= 0);
    // Nothing left to reclaim the second time (tests/store/CompactionTest has a store with free pages).
    auto second = cli.run(admin + QStringList{QStringLiteral("compact")});
    REQUIRE(second.exitCode == 0);
    CHECK(second.json[QStringLiteral("free_pages_before")].toInteger() == 0);

    // Every row kept, and the store is whole; the audit log says who compacted it.
    auto after = cli.run({QStringLiteral("info")});
    REQUIRE(after.exitCode == 0);
    const QJsonObject was = before.json[QStringLiteral("row_counts")].toObject();
    const QJsonObject is = after.json[QStringLiteral("row_counts")].toObject();
    for (auto it = was.begin(); it != was.end(); ++it) {
        if (it.key().startsWith(u"audit_"))
            continue;  // sign-ins and the compactions are recorded
        INFO(it.key().toStdString());
        CHECK(is.value(it.key()).toInteger() == it.value().toInteger());
    }
    CHECK(is.value(QStringLiteral("audit_log")).toInteger() >= was.value(QStringLiteral("audit_log")).toInteger() + 2);
    auto verify = cli.run({QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
    CHECK(verify.json[QStringLiteral("ok")].toBool());
}
