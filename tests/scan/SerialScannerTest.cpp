// A serial barcode scanner over a real pty pair (socat): lines in, normalised scans out.

#include "PtyPair.h"
#include "TestEnv.h"

#include "devices/scan/SerialScanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {


// Collects scans, running the event loop until `count` arrived or 3 s passed.
struct Scans {
    explicit Scans(SerialScanner& s)
    {
        QObject::connect(&s, &SerialScanner::scanned, [this](const QString& c) { codes << c; });
    }
    QStringList waitFor(int count)
    {
        QElapsedTimer t;
        t.start();
        while (codes.size() < count && t.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return codes;
    }
    QStringList codes;
};

} // namespace

TEST_CASE("A serial scanner's lines arrive as scans, whatever ends them", "[scan][serial]")
{
    PtyPair pty;
    REQUIRE(pty.ready());
    SerialScanner scanner({pty.tillEnd(), 9600, QString(), QString()});
    REQUIRE_OK(scanner.open());
    CHECK(scanner.isOpen());
    Scans scans(scanner);

    REQUIRE(pty.sendFromDevice("6901234567892\r"));
    REQUIRE(pty.sendFromDevice("4006381333931\n"));
    REQUIRE(pty.sendFromDevice("  RSH01-T1-1-000123 \r\n"));
    REQUIRE(pty.sendFromDevice("\r\n\r\n"));  // blank lines are no scans
    // One code split across two reads, as a slow USB-serial adapter delivers it.
    REQUIRE(pty.sendFromDevice("69012"));
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(pty.sendFromDevice("34567892\r\n"));
    // Full-width digits (a scanner set to send UTF-8 from a Chinese keyboard table) fold to ASCII.
    REQUIRE(pty.sendFromDevice(QStringLiteral("６９０１２３４５６７８９２\n").toUtf8()));

    const QStringList got = scans.waitFor(5);
    REQUIRE(got.size() == 5);
    CHECK(got[0] == QStringLiteral("6901234567892"));
    CHECK(got[1] == QStringLiteral("4006381333931"));
    CHECK(got[2] == QStringLiteral("RSH01-T1-1-000123"));
    CHECK(got[3] == QStringLiteral("6901234567892"));
    CHECK(got[4] == QStringLiteral("6901234567892"));
}

TEST_CASE("A serial scanner's configured prefix and suffix are stripped", "[scan][serial]")
{
    PtyPair pty;
    REQUIRE(pty.ready());
    SerialScanner scanner({pty.tillEnd(), 115200, QStringLiteral("]E0"), QStringLiteral("#")});
    REQUIRE_OK(scanner.open());
    Scans scans(scanner);
    REQUIRE(pty.sendFromDevice("]E06901234567892#\r\n"));
    REQUIRE(pty.sendFromDevice("4006381333931\r\n"));  // without them: taken as it is
    const QStringList got = scans.waitFor(2);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == QStringLiteral("6901234567892"));
    CHECK(got[1] == QStringLiteral("4006381333931"));
}

TEST_CASE("Noise without a line end is dropped and the next scan still comes", "[scan][serial]")
{
    PtyPair pty;
    REQUIRE(pty.ready());
    SerialScanner scanner({pty.tillEnd(), 9600, QString(), QString()});
    REQUIRE_OK(scanner.open());
    Scans scans(scanner);
    // A wrong baud rate looks like this: bytes and never a CR/LF, then the line's real end.
    REQUIRE(pty.sendFromDevice(QByteArray(SerialScanner::kMaxLineBytes + 100, '\x7f')));
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    REQUIRE(pty.sendFromDevice("tail of the noise\r\n6901234567892\r\n"));
    const QStringList got = scans.waitFor(1);
    REQUIRE(got.size() >= 1);
    CHECK(got == QStringList{QStringLiteral("6901234567892")});
}

TEST_CASE("A serial scanner on a missing port is a clear error", "[scan][serial]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("ttyUSB9"));
    SerialScanner scanner({missing, 9600, QString(), QString()});
    auto opened = scanner.open();
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.code() == ErrorCode::Unavailable);
    CHECK(opened.message().contains(missing));
    CHECK_FALSE(scanner.isOpen());

    SerialScanner none({QString(), 9600, QString(), QString()});
    auto refused = none.open();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::InvalidInput);
}

TEST_CASE("normalise folds, trims and strips like a keyboard scan", "[scan][serial]")
{
    SerialScanner scanner({QStringLiteral("/dev/null"), 9600, QStringLiteral("*"), QStringLiteral("*")});
    CHECK(scanner.normalise("*6901234567892*") == QStringLiteral("6901234567892"));
    CHECK(scanner.normalise(" \t") == QString());
    CHECK(scanner.normalise(QStringLiteral("＊ＡＢ１２＊").toUtf8()) == QStringLiteral("AB12"));
    CHECK(scanner.normalise("*") == QString());
}
