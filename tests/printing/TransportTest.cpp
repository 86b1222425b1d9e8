// Print jobs over real transports: a fake printer on loopback TCP, a pty pair made by socat,
// a file, and a stand-in for CUPS's lp; status answers, refusals and stalls.

#include "PtyPair.h"
#include "EscPosReader.h"
#include "FakePrinter.h"
#include "SampleReceipts.h"
#include "TestEnv.h"

#include "devices/escpos/EscPosEncoder.h"
#include "devices/transport/CupsTransport.h"
#include "devices/transport/PrintJob.h"
#include "devices/transport/PrinterService.h"
#include "devices/transport/PrinterUri.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace patron;
using namespace patron::test;

namespace {
QByteArray hex(const char* h) { return QByteArray::fromHex(h); }
const QByteArray kDleEot1 = QByteArray::fromHex("100401");

QByteArray saleBytes(bool drawer = false)
{
    return EscPosEncoder(PrinterProfile::chinese(48)).encode(sampleSale(), {drawer, true});
}

PrintJob jobFor(const QString& uri, QByteArray bytes)
{
    PrintJob job;
    job.printerUri = uri;
    job.bytes = std::move(bytes);
    job.timeouts.statusMs = 300;
    job.timeouts.writeMs = 2000;
    job.timeouts.connectMs = 2000;
    return job;
}

// A loopback port nobody listens on.
quint16 closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

} // namespace

TEST_CASE("A receipt reaches a TCP printer byte for byte", "[printing][transport]")
{
    auto printer = FakePrinter::tcp();
    const QByteArray bytes = saleBytes();
    auto report = jobFor(printer->uri(), bytes).run();
    REQUIRE_OK(report);
    CHECK_FALSE(report->status.answered);  // this printer does not report status
    CHECK(report->bytesSent == bytes.size());
    const QByteArray got = printer->waitForJob();
    CHECK(got == QByteArray(kDleEot1 + bytes));  // one unanswered status request, then the job
    EscPosReader r(got.mid(3), "GB18030");
    REQUIRE(r.ok());
    CHECK(r.texts().join(u'\n').contains(QStringLiteral("示例便利店")));

    PrintJob quiet = jobFor(printer->uri(), bytes);
    quiet.queryStatus = false;
    REQUIRE_OK(quiet.run());
    CHECK(printer->waitForJob() == bytes);
}

TEST_CASE("A refused connection is a clear error, quickly", "[printing][transport]")
{
    QElapsedTimer t;
    t.start();
    auto r = jobFor(QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort()), saleBytes()).run();
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Unavailable);
    CHECK(r.message().contains(QStringLiteral("refused the connection")));
    CHECK(t.elapsed() < 2000);
}

TEST_CASE("A printer that stops reading mid-job fails within the timeout", "[printing][transport]")
{
    SECTION("status-capable printer: the confirmation after the job never comes")
    {
        FakePrinterBehaviour b;
        b.answer1 = b.answer2 = b.answer4 = 0x12;
        b.stallAfterBytes = 2000;
        b.receiveBuffer = 4096;
        auto printer = FakePrinter::tcp(b);
        QElapsedTimer t;
        t.start();
        auto r = jobFor(printer->uri(), saleBytes() + QByteArray(200000, 'x')).run();
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("in the middle of the job")));
        CHECK(t.elapsed() < 6000);
    }
    SECTION("silent printer: the write itself times out")
    {
        FakePrinterBehaviour b;
        b.stallAfterBytes = 2000;
        b.receiveBuffer = 4096;
        auto printer = FakePrinter::tcp(b);
        QElapsedTimer t;
        t.start();
        auto r = jobFor(printer->uri(), QByteArray(16 * 1024 * 1024, 'x')).run();
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("stopped taking data in the middle of the job")));
        CHECK(t.elapsed() < 6000);
    }
}

TEST_CASE("DLE EOT status answers: out of paper, cover open, paper near end", "[printing][transport]")
{
    SECTION("paper end refuses the job before any receipt byte is sent")
    {
        FakePrinterBehaviour b;
        b.answer1 = 0x1A;  // offline
        b.answer2 = 0x32;  // paper end stop
        b.answer4 = 0x72;  // paper end sensor
        auto printer = FakePrinter::tcp(b);
        auto r = jobFor(printer->uri(), saleBytes()).run();
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::Unavailable);
        CHECK(r.message().contains(QStringLiteral("out of paper")));
        CHECK(printer->waitForJob() == hex("100401 100402 100404"));
    }
    SECTION("cover open")
    {
        FakePrinterBehaviour b;
        b.answer1 = 0x1A;
        b.answer2 = 0x16;
        b.answer4 = 0x12;
        auto printer = FakePrinter::tcp(b);
        auto r = jobFor(printer->uri(), saleBytes()).run();
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("cover is open")));
    }
    SECTION("paper near end still prints, and says so")
    {
        FakePrinterBehaviour b;
        b.answer1 = 0x12;
        b.answer2 = 0x12;
        b.answer4 = 0x1E;
        auto printer = FakePrinter::tcp(b);
        const QByteArray bytes = saleBytes();
        auto r = jobFor(printer->uri(), bytes).run();
        REQUIRE_OK(r);
        CHECK(r->status.answered);
        CHECK(r->status.paperNearEnd);
        CHECK(printer->waitForJob() == QByteArray(hex("100401 100402 100404") + bytes + hex("100401 100402 100404")));
    }
}

TEST_CASE("A serial printer on a pty pair prints and answers status", "[printing][transport]")
{
    PtyPair pty;
    REQUIRE(pty.ready());
    FakePrinterBehaviour b;
    b.answer1 = b.answer2 = b.answer4 = 0x12;
    auto printer = FakePrinter::device(pty.deviceEnd(), b);
    const QByteArray bytes = saleBytes(true);
    auto r = jobFor(QStringLiteral("serial://%1?baud=115200&flow=none").arg(pty.tillEnd()), bytes).run();
    REQUIRE_OK(r);
    CHECK(r->status.answered);
    QByteArray got;
    for (int i = 0; i < 5 && !got.contains(bytes); ++i)
        got += printer->waitForJob(3000);
    CHECK(got == QByteArray(hex("100401 100402 100404") + bytes + hex("100401 100402 100404")));
    CHECK(EscPosReader(bytes, "GB18030").find(hex("1b70")).size() == 1);

    auto missing = jobFor(QStringLiteral("serial:///dev/ttyPATRONnone"), bytes).run();
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.message().contains(QStringLiteral("/dev/ttyPATRONnone")));
}

TEST_CASE("A device file receives the job; a missing device is named", "[printing][transport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lp0"));
    QFile(path).open(QIODevice::WriteOnly);
    const QByteArray bytes = saleBytes();
    REQUIRE_OK(jobFor(QStringLiteral("file://") + path, bytes).run());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == bytes);

    auto r = jobFor(QStringLiteral("file:///nonexistent/usb/lp0"), bytes).run();
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("There is no printer at /nonexistent/usb/lp0")));
}

TEST_CASE("CUPS raw queues get the job on lp's standard input", "[printing][transport]")
{
    QTemporaryDir dir;
    const QString lp = dir.filePath(QStringLiteral("lp"));
    {
        QFile script(lp);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "if [ \"$2\" = missing ]; then echo 'lp: The printer or class does not exist.' >&2; exit 1; fi\n"
                     "echo \"$@\" > \"$(dirname \"$0\")/args\"\ncat > \"$(dirname \"$0\")/job\"\n");
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QByteArray bytes = saleBytes();
    CupsTransport cups(QStringLiteral("Receipt_1"), lp);
    REQUIRE_OK(cups.open(2000));
    REQUIRE_OK(cups.write(bytes, 2000));
    REQUIRE_OK(cups.finish(5000));
    QFile job(dir.filePath(QStringLiteral("job"))), args(dir.filePath(QStringLiteral("args")));
    REQUIRE(job.open(QIODevice::ReadOnly));
    REQUIRE(args.open(QIODevice::ReadOnly));
    CHECK(job.readAll() == bytes);
    CHECK(args.readAll().trimmed() == QByteArray("-d Receipt_1 -o raw"));

    CupsTransport missing(QStringLiteral("missing"), lp);
    REQUIRE_OK(missing.open(2000));
    REQUIRE_OK(missing.write(bytes, 2000));
    auto r = missing.finish(5000);
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("does not exist")));

    CupsTransport noLp(QStringLiteral("q"), dir.filePath(QStringLiteral("no-such-lp")));
    CHECK_FALSE(noLp.open(2000).ok());
}

TEST_CASE("Printer addresses", "[printing][transport]")
{
    auto tcp = PrinterUri::parse(QStringLiteral("tcp://192.168.1.50"));
    REQUIRE_OK(tcp);
    CHECK(tcp->host == QStringLiteral("192.168.1.50"));
    CHECK(tcp->port == 9100);
    auto serial = PrinterUri::parse(QStringLiteral("serial:///dev/ttyUSB0?baud=19200&flow=rtscts"));
    REQUIRE_OK(serial);
    CHECK(serial->path == QStringLiteral("/dev/ttyUSB0"));
    CHECK(serial->baud == 19200);
    CHECK(serial->flow == PrinterUri::Flow::RtsCts);
    auto cups = PrinterUri::parse(QStringLiteral("cups://Receipt_Printer"));
    REQUIRE_OK(cups);
    CHECK(cups->queue == QStringLiteral("Receipt_Printer"));  // case kept
    CHECK(PrinterUri::parse(QStringLiteral("serial://COM3"))->path == QStringLiteral("COM3"));
    for (const char* bad : {"", "192.168.1.50", "tcp://", "tcp://h:70000", "serial:///dev/x?baud=fast",
                            "serial:///dev/x?flow=maybe", "ftp://x", "cups://"}) {
        INFO(bad);
        auto r = PrinterUri::parse(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(r.message().isEmpty());
    }
}

TEST_CASE("PrinterService prints on its own thread and reports back", "[printing][transport]")
{
    FakePrinterBehaviour stall;
    stall.stallAfterBytes = 100;
    stall.receiveBuffer = 4096;
    auto good = FakePrinter::tcp();
    auto jammed = FakePrinter::tcp(stall);
    PrinterService service;
    QList<PrintOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(&service, &PrinterService::finished, [&](const PrintOutcome& o) {
        outcomes << o;
        if (outcomes.size() == 2)
            loop.quit();
    });
    QElapsedTimer t;
    t.start();
    PrintJob slow = jobFor(jammed->uri(), QByteArray(16 * 1024 * 1024, 'x'));
    slow.queryStatus = false;
    const quint64 first = service.submit(slow);
    const quint64 second = service.submit(jobFor(good->uri(), saleBytes()));
    CHECK(t.elapsed() < 200);  // submitting never waits for the printer
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].jobId == first);  // in order
    CHECK_FALSE(outcomes[0].ok);
    CHECK(outcomes[0].error.message.contains(QStringLiteral("stopped taking data")));
    CHECK(outcomes[1].jobId == second);
    CHECK(outcomes[1].ok);
    CHECK(good->waitForJob().endsWith(saleBytes()));
}
