// A serial scanner (a pty pair made by socat) feeding the checkout: its codes take the same
// route as a keyboard-wedge scan, and nothing is sold while the till is locked.

#include "PtyPair.h"
#include "TillFixture.h"

#include "devices/scan/SerialScanner.h"
#include "till/ScannerConfig.h"
#include "till/UnknownCodeBar.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

bool waitFor(const std::function<bool()>& done, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}
} // namespace

TEST_CASE("Codes from a serial scanner are sold like keyboard scans", "[ui][till][serial]")
{
    useLanguage(QStringLiteral("en"));
    PtyPair pty;
    REQUIRE(pty.ready());
    Till till;
    ScannerConfig c = ScannerConfig::load(till.settings);
    c.serialPort = pty.tillEnd();
    c.save(till.settings);
    till.checkout()->setScannerConfig(ScannerConfig::load(till.settings));
    REQUIRE(till.checkout()->serialScanner());
    REQUIRE(till.checkout()->serialScanner()->isOpen());

    till.prompts.answers = {QStringLiteral("0")};
    REQUIRE(pty.sendFromDevice((ean("1005") + QStringLiteral("\r\n")).toLatin1()));
    REQUIRE(waitFor([&] { return till.lines() == 1; }));
    CHECK(till.checkout()->cart().lines[0].sku == QStringLiteral("1005"));

    // An unknown code asks the same question as a keyboard scan.
    REQUIRE(pty.sendFromDevice((ean("9870") + QStringLiteral("\r")).toLatin1()));
    REQUIRE(waitFor([&] { return till.checkout()->unknownCode()->isVisible(); }));

    // Locked: the scan is not sold to anybody.
    QTest::keyClick(till.window.get(), Qt::Key_F12);
    REQUIRE_FALSE(qobject_cast<CheckoutPage*>(till.window->currentPage()));
    REQUIRE(pty.sendFromDevice((ean("2001") + QStringLiteral("\n")).toLatin1()));
    QTest::qWait(300);
    till.signIn(QStringLiteral("li"), QStringLiteral("0000"));
    CHECK(till.lines() == 1);
}

TEST_CASE("A serial scanner port that is missing is said on the checkout", "[ui][till][serial]")
{
    useLanguage(QStringLiteral("en"));
    Till till;
    ScannerConfig c;
    c.serialPort = till.tmp.filePath(QStringLiteral("ttyUSB7"));
    till.checkout()->setScannerConfig(c);
    CHECK(till.checkout()->message().contains(QStringLiteral("ttyUSB7")));
    REQUIRE(till.checkout()->serialScanner());
    CHECK_FALSE(till.checkout()->serialScanner()->isOpen());
}
