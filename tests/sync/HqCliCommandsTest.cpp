// The head-office features from the command line, as a shop would run them: promotions owned by
// head office (and refused at a joined till), a member of another store looked up and served,
// stored value reserved at head office by `patron-cli sale`.

#include "CliRunner.h"
#include "TestEnv.h"
#include "hq/PgConnection.h"
#include "pg/PgServer.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

QStringList tls(const PgTestDb& db, QStringList args)
{
    return args << QStringLiteral("--sslmode") << QStringLiteral("verify-full") << QStringLiteral("--sslrootcert")
                << db.server().caFile();
}

// A till initialised and joined to head office through patron-cli.
struct CliTill {
    QTemporaryDir dir;
    CliRunner cli;
    const QStringList signIn{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("2468")};

    CliTill(const PgTestDb& db, CliRunner& hq, const QString& store)
        : cli(dir.filePath(QStringLiteral("store")))
    {
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QStringLiteral("cli-test-passphrase"));
        auto till = hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("add-till"), QStringLiteral("--store"), store,
                                    QStringLiteral("--code"), QStringLiteral("T1")}));
        REQUIRE(till.exitCode == 0);
        REQUIRE(cli.run({QStringLiteral("init"), QStringLiteral("--store-name"), store, QStringLiteral("--store-code"), store,
                         QStringLiteral("--till-code"), QStringLiteral("T1"), QStringLiteral("--admin-pin"),
                         QStringLiteral("2468")}).exitCode == 0);
        auto joined = run({QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--dsn"),
                           till.json[QStringLiteral("dsn")].toString(), QStringLiteral("--sslrootcert"), db.server().caFile()});
        REQUIRE(joined.exitCode == 0);
    }
    CliResult run(const QStringList& args) const { return cli.run(signIn + args); }
    void sync() const
    {
        auto r = run({QStringLiteral("sync"), QStringLiteral("once")});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};
} // namespace

TEST_CASE("patron-cli: head-office promotions, member lookup and stored value reserved online", "[sync][cli][hq]")
{
    PgTestDb db;
    QTemporaryDir hqDir;
    CliRunner hq(hqDir.filePath(QStringLiteral("none")));
    hq.env().insert(QStringLiteral("PATRON_HQ_DSN"), db.admin().dsn);
    REQUIRE(hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("init")})).exitCode == 0);
    for (const char* store : {"SH01", "SH02"})
        REQUIRE(hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("add-store"), QStringLiteral("--code"),
                                QLatin1String(store), QStringLiteral("--name"), QLatin1String(store)})).exitCode == 0);
    CliTill a(db, hq, QStringLiteral("SH01"));
    CliTill b(db, hq, QStringLiteral("SH02"));

    // A member of store A with ￥100 of stored value.
    REQUIRE(a.run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("13800000009"), QStringLiteral("王芳")}).exitCode == 0);
    REQUIRE(a.run({QStringLiteral("topup"), QStringLiteral("13800000009"), QStringLiteral("100"), QStringLiteral("--pay"),
                   QStringLiteral("cash")}).exitCode == 0);
    a.sync();

    // Head office's catalog and promotion.
    REQUIRE(hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("product"), QStringLiteral("set"), QStringLiteral("--code"),
                            QStringLiteral("W1"), QStringLiteral("--name"), QStringLiteral("矿泉水"), QStringLiteral("--price"),
                            QStringLiteral("100")})).exitCode == 0);
    auto promo = hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("promo"), QStringLiteral("add"), QStringLiteral("--code"),
                                 QStringLiteral("P-W1"), QStringLiteral("--name"), QStringLiteral("八折"), QStringLiteral("--kind"),
                                 QStringLiteral("percent"), QStringLiteral("--sku"), QStringLiteral("W1"),
                                 QStringLiteral("--percent"), QStringLiteral("20")}));
    INFO(promo.out.toStdString() << promo.err.toStdString());
    REQUIRE(promo.exitCode == 0);
    CHECK(promo.json[QStringLiteral("definition")][QStringLiteral("percent_bp")].toInt() == 2000);
    auto noTarget = hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("promo"), QStringLiteral("add"), QStringLiteral("--code"),
                                    QStringLiteral("P2"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--kind"),
                                    QStringLiteral("percent"), QStringLiteral("--percent"), QStringLiteral("20")}));
    CHECK(noTarget.exitCode == 2);
    auto badKind = hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("promo"), QStringLiteral("add"), QStringLiteral("--code"),
                                   QStringLiteral("P2"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--kind"),
                                   QStringLiteral("half"), QStringLiteral("--sku"), QStringLiteral("W1")}));
    CHECK(badKind.exitCode == 2);
    auto listed = hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("promo"), QStringLiteral("list")}));
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json[QStringLiteral("promotions")].toArray().size() == 1);

    // Store B: the member is unknown until looked up at head office.
    b.sync();
    auto unknown = b.run({QStringLiteral("member"), QStringLiteral("lookup"), QStringLiteral("--mobile"), QStringLiteral("13900000000")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("not_found"));
    CHECK(b.run({QStringLiteral("member"), QStringLiteral("lookup")}).exitCode == 2);
    auto found = b.run({QStringLiteral("member"), QStringLiteral("lookup"), QStringLiteral("--mobile"), QStringLiteral("13800000009")});
    INFO(found.out.toStdString() << found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    REQUIRE(found.json[QStringLiteral("members")].toArray().size() == 1);
    CHECK(found.json[QStringLiteral("members")][0][QStringLiteral("wallet_minor")].toInteger() == 10000);
    CHECK(found.json[QStringLiteral("members")][0][QStringLiteral("home_store")].toString() == QStringLiteral("SH01"));

    // B's own promotion editing is refused: head office owns them.
    auto own = b.run({QStringLiteral("promo"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"),
                      QStringLiteral("--kind"), QStringLiteral("percent"), QStringLiteral("--sku"), QStringLiteral("W1"),
                      QStringLiteral("--percent"), QStringLiteral("10")});
    CHECK(own.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("refused"));
    auto running = b.run({QStringLiteral("promo"), QStringLiteral("list")});
    REQUIRE(running.exitCode == 0);
    CHECK(running.json[QStringLiteral("promotions")].toArray().size() == 1);  // head office's, pulled

    // A sale at B, paid with the member's stored value: 20% off, reserved at head office.
    REQUIRE(b.run({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("100")}).exitCode == 0);
    auto sale = b.run({QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("W1"), QStringLiteral("--member"),
                       QStringLiteral("13800000009"), QStringLiteral("--pay"), QStringLiteral("wallet=80")});
    INFO(sale.out.toStdString() << sale.err.toStdString());
    REQUIRE(sale.exitCode == 0);
    CHECK(sale.json[QStringLiteral("total_minor")].toInteger() == 8000);
    auto admin = PgConnection::connect(db.admin());
    REQUIRE_OK(admin);
    auto held = admin->exec("SELECT count(*), coalesce(sum(amount_minor), 0) FROM hq.wallet_reservations");
    REQUIRE_OK(held);
    CHECK(held->int64(0, 0) == 1);
    CHECK(held->int64(0, 1) == 8000);
    // Head office has ￥20 left for the chain: a second ￥80 sale is refused online, nothing sold.
    auto second = b.run({QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("W1"), QStringLiteral("--member"),
                         QStringLiteral("13800000009"), QStringLiteral("--pay"), QStringLiteral("wallet=80")});
    CHECK(second.json[QStringLiteral("error")][QStringLiteral("code")].toString() == QStringLiteral("refused"));
    b.sync();
    auto settled = admin->exec("SELECT count(*) FROM hq.wallet_reservations WHERE settled_at IS NOT NULL");
    REQUIRE_OK(settled);
    CHECK(settled->int64(0, 0) == 1);

    // Ended at head office: gone from the till after its next sync.
    REQUIRE(hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("promo"), QStringLiteral("end"), QStringLiteral("--code"),
                            QStringLiteral("P-W1")})).exitCode == 0);
    CHECK(hq.run(tls(db, {QStringLiteral("hq"), QStringLiteral("promo"), QStringLiteral("end"), QStringLiteral("--code"),
                          QStringLiteral("P-W1")})).exitCode == 1);
    b.sync();
    auto after = b.run({QStringLiteral("promo"), QStringLiteral("list")});
    CHECK(after.json[QStringLiteral("promotions")].toArray().isEmpty());
}
