// patron-cli printer test and drawer open, run as a process against a fake printer.

#include "CliRunner.h"
#include "EscPosReader.h"
#include "FakePrinter.h"
#include "TempStore.h"
#include "TestEnv.h"

#include "store/Database.h"
#include "store/Store.h"

#include <QTemporaryDir>

using namespace patron;
using namespace patron::test;

namespace {
QByteArray hex(const char* h) { return QByteArray::fromHex(h); }

// A store made by the CLI, an isolated settings directory, and a cashier without drawer.nosale.
struct CliStore {
    QTemporaryDir dir;
    CliRunner cli{dir.filePath(QStringLiteral("store"))};

    CliStore()
    {
        cli.env().insert(QStringLiteral("PATRON_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        cli.env().insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        REQUIRE(cli.run({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("测试店"),
                         QStringLiteral("--store-code"), QStringLiteral("S1"), QStringLiteral("--till-code"),
                         QStringLiteral("T1"), QStringLiteral("--admin-pin"), QStringLiteral("1234")})
                    .exitCode == 0);
        REQUIRE(cli.run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--pin"), QStringLiteral("1234"),
                         QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cash1"), QStringLiteral("--role"),
                         QStringLiteral("cashier"), QStringLiteral("--pin"), QStringLiteral("2580")})
                    .exitCode == 0);
    }

    qint64 auditCount(const char* action)
    {
        auto store = Store::openWithPassphrase(dir.filePath(QStringLiteral("store")), kPassphrase);
        REQUIRE_OK(store);
        return (*store)->db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", action).value_or(-1);
    }
    qint64 drawerAudits() { return auditCount("drawer.nosale"); }

    void setPrinterInSettings(const QString& uri)
    {
        QDir().mkpath(dir.filePath(QStringLiteral("config/Patron")));
        QFile ini(dir.filePath(QStringLiteral("config/Patron/till.ini")));
        REQUIRE(ini.open(QIODevice::WriteOnly));
        ini.write("[printer]\nuri=" + uri.toUtf8() + "\ncolumns=32\n");
    }
};

QStringList as(const char* user, const char* pin, QStringList args)
{
    return QStringList{QStringLiteral("--user"), QString::fromLatin1(user), QStringLiteral("--pin"), QString::fromLatin1(pin)} + args;
}
} // namespace

TEST_CASE("printer test prints Chinese and English, a barcode, a QR code and cuts", "[printing][cli]")
{
    QTemporaryDir dir;
    CliRunner cli(dir.filePath(QStringLiteral("none")));
    cli.env().insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    auto printer = FakePrinter::tcp();
    const CliResult r = cli.run({QStringLiteral("printer"), QStringLiteral("test"), printer->uri(),
                                 QStringLiteral("--columns"), QStringLiteral("32"), QStringLiteral("--no-status")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json.value(QStringLiteral("printer")).toString() == printer->uri());
    const QByteArray got = printer->waitForJob();
    CHECK(r.json.value(QStringLiteral("bytes_sent")).toInteger() == got.size());
    EscPosReader page(got, "GB18030");
    REQUIRE(page.ok());
    const QString text = page.texts().join(u'\n');
    CHECK(text.contains(QStringLiteral("中文：会员积分")));
    CHECK(text.contains(QStringLiteral("The quick brown fox")));
    CHECK(page.texts().contains(QStringLiteral("12345678901234567890123456789012")));
    for (const PrintedLine& l : page.lines())
        CHECK(l.raw.size() * (l.doubleSize ? 2 : 1) <= 32);
    CHECK(page.has(hex("1d6b49")));
    CHECK(page.has(hex("1d286b0300315130")));
    CHECK(page.has(hex("1d5642")));
    CHECK_FALSE(page.has(hex("1b70")));

    const CliResult refused = cli.run({QStringLiteral("printer"), QStringLiteral("test"), QStringLiteral("tcp://127.0.0.1:1")});
    CHECK(refused.exitCode == 6);
    CHECK(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("unavailable"));
    CHECK(cli.run({QStringLiteral("printer"), QStringLiteral("test")}).exitCode == 2);  // no printer anywhere
}

TEST_CASE("drawer open needs drawer.nosale, pulses the drawer and is audited", "[printing][cli]")
{
    CliStore s;
    auto printer = FakePrinter::tcp();
    const QStringList open{QStringLiteral("drawer"), QStringLiteral("open"), QStringLiteral("--printer"), printer->uri()};

    const CliResult denied = s.cli.run(as("cash1", "2580", open));
    CHECK(denied.exitCode == 3);
    CHECK(denied.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("permission_denied"));
    CHECK(printer->waitForJob(500).isEmpty());
    CHECK(s.cli.run(open).exitCode == 3);  // nobody signed in

    const CliResult ok = s.cli.run(as("admin", "1234", open));
    INFO(ok.out.toStdString() << ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.json.value(QStringLiteral("drawer_opened")).toBool());
    const QByteArray got = printer->waitForJob();
    CHECK(got.endsWith(hex("1b40 1b700032fa")));
    CHECK(s.drawerAudits() == 1);

    // A printer that cannot be reached: an I/O exit code; the attempt and its failure are on record.
    const CliResult down = s.cli.run(as("admin", "1234", {QStringLiteral("drawer"), QStringLiteral("open"),
                                                          QStringLiteral("--printer"), QStringLiteral("tcp://127.0.0.1:1")}));
    CHECK(down.exitCode == 6);
    CHECK(s.drawerAudits() == 2);
    CHECK(s.auditCount("drawer.nosale_failed") == 1);

    // Without --printer the till settings name the printer.
    s.setPrinterInSettings(printer->uri());
    REQUIRE(s.cli.run(as("admin", "1234", {QStringLiteral("drawer"), QStringLiteral("open")})).exitCode == 0);
    CHECK(printer->waitForJob().endsWith(hex("1b700032fa")));
    CHECK(s.drawerAudits() == 3);
}
