// The hq and sync commands end to end: patron-cli as a process, a real head office.

#include "CliRunner.h"
#include "pg/PgServer.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {
QStringList hqArgs(const PgTestDb& db, QStringList command)
{
    return command << QStringLiteral("--sslmode") << QStringLiteral("verify-full") << QStringLiteral("--sslrootcert")
                   << db.server().caFile();
}
} // namespace

TEST_CASE("patron-cli provisions head office and a till syncs with it", "[sync][cli]")
{
    PgTestDb db;
    QTemporaryDir dir;
    CliRunner cli(dir.filePath(QStringLiteral("store")));
    cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-test-passphrase"));
    cli.env().insert(QStringLiteral("PATRON_HQ_DSN"), db.admin().dsn);

    auto init = cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("init")}));
    INFO(init.out.toStdString() << init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.json[QStringLiteral("from_version")].toInt() == 0);
    CHECK(init.json[QStringLiteral("tls")].toBool());
    auto again = cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("init")}));
    CHECK(again.json[QStringLiteral("from_version")].toInt() == again.json[QStringLiteral("schema_version")].toInt());

    REQUIRE(cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("add-store"), QStringLiteral("--code"), QStringLiteral("SH01"),
                                QStringLiteral("--name"), QStringLiteral("上海一店")})).exitCode == 0);
    auto dupStore = cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("add-store"), QStringLiteral("--code"),
                                        QStringLiteral("SH01"), QStringLiteral("--name"), QStringLiteral("x")}));
    CHECK(dupStore.exitCode == 1);
    CHECK(dupStore.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("already_exists"));
    auto till = cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("add-till"), QStringLiteral("--store"),
                                    QStringLiteral("SH01"), QStringLiteral("--code"), QStringLiteral("T1")}));
    REQUIRE(till.exitCode == 0);
    const QString tillDsn = till.json[QStringLiteral("dsn")].toString();
    const QString password = till.json[QStringLiteral("password")].toString();
    REQUIRE(tillDsn.contains(password));
    CHECK(cli.run({QStringLiteral("hq"), QStringLiteral("add-till"), QStringLiteral("--store"), QStringLiteral("SH01")}).exitCode == 2);

    REQUIRE(cli.run({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("上海一店"), QStringLiteral("--store-code"),
                     QStringLiteral("SH01"), QStringLiteral("--till-code"), QStringLiteral("T1"), QStringLiteral("--admin-pin"),
                     QStringLiteral("2468")}).exitCode == 0);
    auto before = cli.run({QStringLiteral("sync"), QStringLiteral("status")});
    REQUIRE(before.exitCode == 0);
    CHECK_FALSE(before.json[QStringLiteral("configured")].toBool());
    CHECK(before.json[QStringLiteral("pending_events")].toInt() >= 2);  // store.initialized, user.added

    const QStringList signIn{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("2468")};
    cli.env().remove(QStringLiteral("PATRON_HQ_DSN"));
    auto configured = cli.run(signIn + QStringList{QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--dsn"), tillDsn,
                                                   QStringLiteral("--sslrootcert"), db.server().caFile()});
    INFO(configured.out.toStdString());
    REQUIRE(configured.exitCode == 0);
    CHECK(configured.json[QStringLiteral("restart_needed")].toBool());
    CHECK_FALSE(configured.out.contains(password));
    CHECK(filesContaining(dir.path(), password.toUtf8()).isEmpty());  // encrypted, not in any INI

    auto once = cli.run({QStringLiteral("sync"), QStringLiteral("once")});
    INFO(once.out.toStdString());
    REQUIRE(once.exitCode == 0);
    CHECK(once.json[QStringLiteral("pushed")].toInt() == before.json[QStringLiteral("pending_events")].toInt());
    auto status = cli.run({QStringLiteral("sync"), QStringLiteral("status")});
    CHECK(status.json[QStringLiteral("online")].toBool());
    CHECK(status.json[QStringLiteral("pending_events")].toInt() == 0);
    CHECK_FALSE(status.json[QStringLiteral("last_success_at")].toString().isEmpty());
    CHECK_FALSE(status.out.contains(password));
    auto text = cli.run({QStringLiteral("sync"), QStringLiteral("status")}, false);
    CHECK(text.out.contains(QStringLiteral("Online")));

    cli.env().insert(QStringLiteral("PATRON_HQ_DSN"), db.admin().dsn);
    auto stores = cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("stores")}));
    REQUIRE(stores.json[QStringLiteral("stores")].toArray().size() == 1);
    CHECK(stores.json[QStringLiteral("stores")].toArray().first()[QStringLiteral("store_uuid")].isString());
    auto conflicts = cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("conflicts")}));
    CHECK(conflicts.exitCode == 0);
    CHECK(conflicts.json[QStringLiteral("conflicts")].toArray().isEmpty());
    REQUIRE(cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--key"),
                                QStringLiteral("points.per_yuan"), QStringLiteral("--value"), QStringLiteral("2")})).exitCode == 0);
    CHECK(cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--key"),
                              QStringLiteral("x"), QStringLiteral("--value"), QStringLiteral("{not json")})).exitCode == 1);
    REQUIRE(cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("product"), QStringLiteral("set"), QStringLiteral("--code"),
                                QStringLiteral("6901234567892"), QStringLiteral("--name"), QStringLiteral("矿泉水"),
                                QStringLiteral("--price"), QStringLiteral("2.50")})).exitCode == 0);
    auto run = cli.run({QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--max-cycles"), QStringLiteral("1")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.json[QStringLiteral("cycles")].toInt() == 1);
    CHECK(run.json[QStringLiteral("inbox_pending")].toInt() == 0);  // every pulled kind has a handler
    auto shown = cli.run(signIn + QStringList{QStringLiteral("product"), QStringLiteral("show"), QStringLiteral("6901234567892")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json[QStringLiteral("product")][QStringLiteral("name")].toString() == QStringLiteral("矿泉水"));
    CHECK(shown.json[QStringLiteral("product")][QStringLiteral("price_minor")].toInteger() == 250);

    REQUIRE(cli.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("revoke-till"), QStringLiteral("--store"), QStringLiteral("SH01"),
                                QStringLiteral("--code"), QStringLiteral("T1")})).exitCode == 0);
    auto refused = cli.run({QStringLiteral("sync"), QStringLiteral("once")});
    CHECK(refused.exitCode == 3);
    CHECK(refused.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("auth_failed"));
}

TEST_CASE("patron-cli refund takes back another store's sale through head office", "[sync][cli][returns]")
{
    PgTestDb db;
    QTemporaryDir dir;
    CliRunner admin(dir.filePath(QStringLiteral("admin")));
    admin.env().insert(QStringLiteral("PATRON_HQ_DSN"), db.admin().dsn);
    REQUIRE(admin.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("init")})).exitCode == 0);
    REQUIRE(admin.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("product"), QStringLiteral("set"), QStringLiteral("--code"),
                                  QStringLiteral("6901234567892"), QStringLiteral("--name"), QStringLiteral("矿泉水"),
                                  QStringLiteral("--price"), QStringLiteral("2.50")})).exitCode == 0);
    const QStringList signIn{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("2468")};
    // One till in each of two stores, joined and with head office's catalog.
    auto tillOf = [&](const QString& store) {
        auto cli = std::make_unique<CliRunner>(dir.filePath(store));
        cli->env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-test-passphrase"));
        REQUIRE(admin.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("add-store"), QStringLiteral("--code"), store,
                                      QStringLiteral("--name"), store})).exitCode == 0);
        auto till = admin.run(hqArgs(db, {QStringLiteral("hq"), QStringLiteral("add-till"), QStringLiteral("--store"), store,
                                          QStringLiteral("--code"), QStringLiteral("T1")}));
        REQUIRE(till.exitCode == 0);
        REQUIRE(cli->run({QStringLiteral("init"), QStringLiteral("--store-name"), store, QStringLiteral("--store-code"), store,
                          QStringLiteral("--till-code"), QStringLiteral("T1"), QStringLiteral("--admin-pin"), QStringLiteral("2468")})
                    .exitCode == 0);
        REQUIRE(cli->run(signIn + QStringList{QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--dsn"),
                                              till.json[QStringLiteral("dsn")].toString(), QStringLiteral("--sslrootcert"),
                                              db.server().caFile()}).exitCode == 0);
        REQUIRE(cli->run({QStringLiteral("sync"), QStringLiteral("once")}).exitCode == 0);
        REQUIRE(cli->run(signIn + QStringList{QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                                              QStringLiteral("100")}).exitCode == 0);
        return cli;
    };
    auto a = tillOf(QStringLiteral("SH01"));
    auto b = tillOf(QStringLiteral("SH02"));

    auto sale = a->run(signIn + QStringList{QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("6901234567892*4"),
                                            QStringLiteral("--pay"), QStringLiteral("card=10.00:POS-1")});
    INFO(sale.out.toStdString() << sale.err.toStdString());
    REQUIRE(sale.exitCode == 0);
    const QString receipt = sale.json[QStringLiteral("receipt_no")].toString();
    REQUIRE(a->run({QStringLiteral("sync"), QStringLiteral("once")}).exitCode == 0);

    // Another store's receipt: head office hands it over only with the total printed on it.
    auto noTotal = b->run(signIn + QStringList{QStringLiteral("refund"), receipt, QStringLiteral("--line"), QStringLiteral("1=3"),
                                               QStringLiteral("--reason"), QStringLiteral("破损")});
    CHECK(noTotal.exitCode == 1);
    CHECK(noTotal.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("invalid_input"));
    auto wrongTotal = b->run(signIn + QStringList{QStringLiteral("refund"), receipt, QStringLiteral("--line"), QStringLiteral("1=3"),
                                                  QStringLiteral("--reason"), QStringLiteral("破损"),
                                                  QStringLiteral("--receipt-total"), QStringLiteral("9.00")});
    CHECK(wrongTotal.exitCode == 1);
    CHECK(wrongTotal.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("not_found"));
    auto refund = b->run(signIn + QStringList{QStringLiteral("refund"), receipt, QStringLiteral("--line"), QStringLiteral("1=3"),
                                              QStringLiteral("--reason"), QStringLiteral("破损"),
                                              QStringLiteral("--receipt-total"), QStringLiteral("10.00")});
    INFO(refund.out.toStdString() << refund.err.toStdString());
    REQUIRE(refund.exitCode == 0);
    CHECK(refund.json[QStringLiteral("refund_minor")].toInteger() == 750);
    const QJsonArray refunds = refund.json[QStringLiteral("refunds")].toArray();
    REQUIRE(refunds.size() == 1);
    CHECK(refunds[0][QStringLiteral("tender")].toString() == QStringLiteral("cash"));  // another store's card: the store's rule
    REQUIRE(b->run({QStringLiteral("sync"), QStringLiteral("once")}).exitCode == 0);

    // Only one is left across the chain.
    auto over = a->run(signIn + QStringList{QStringLiteral("refund"), receipt, QStringLiteral("--line"), QStringLiteral("1=2"),
                                            QStringLiteral("--reason"), QStringLiteral("破损")});
    CHECK(over.exitCode == 1);
    CHECK(over.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("refused"));
    auto rest = a->run(signIn + QStringList{QStringLiteral("refund"), receipt, QStringLiteral("--reason"), QStringLiteral("破损")});
    REQUIRE(rest.exitCode == 0);
    CHECK(rest.json[QStringLiteral("refund_minor")].toInteger() == 250);
}
