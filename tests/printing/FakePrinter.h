#pragma once
// A fake receipt printer for tests: listens on loopback TCP (or serves one end of a pty pair) on
// its own thread, records every byte, answers DLE EOT with configured status bytes, and can stop
// reading part way through a job like a jammed printer.

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace patron::test {

struct FakePrinterBehaviour {
    std::optional<quint8> answer1;  // reply to DLE EOT 1; none: stay silent
    std::optional<quint8> answer2;
    std::optional<quint8> answer4;
    qint64 stallAfterBytes = -1;    // >= 0: stop reading after this many bytes
    int receiveBuffer = 0;          // > 0: SO_RCVBUF for accepted sockets (makes a stall bite sooner)
};

class FakePrinter {
public:
    // Listens on 127.0.0.1, a free port.
    static std::unique_ptr<FakePrinter> tcp(FakePrinterBehaviour behaviour = {});
    // Serves the pty (or other character device) at `path`.
    static std::unique_ptr<FakePrinter> device(const QString& path, FakePrinterBehaviour behaviour = {});
    ~FakePrinter();

    quint16 port() const { return m_port; }
    QString uri() const;
    // Bytes of the next finished connection (TCP) or of the next burst followed by 300 ms of
    // silence (device), waiting up to timeoutMs; empty on timeout.
    QByteArray waitForJob(int timeoutMs = 10000);
    qint64 totalReceived() const { return m_total.load(); }

private:
    explicit FakePrinter(FakePrinterBehaviour behaviour);
    void serveTcp();
    void serveDevice();
    // Reads from fd until it closes or stop; true when the peer closed.
    void serveFd(int fd, bool isSocket);
    void finishJob();

    FakePrinterBehaviour m_behaviour;
    int m_listenFd = -1;
    int m_deviceFd = -1;
    int m_stopPipe[2] = {-1, -1};
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<qint64> m_total{0};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    QByteArray m_current;
    QList<QByteArray> m_jobs;
};

} // namespace patron::test
