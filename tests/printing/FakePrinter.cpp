#include "FakePrinter.h"

#include <QFile>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace patron::test {

FakePrinter::FakePrinter(FakePrinterBehaviour behaviour) : m_behaviour(behaviour)
{
    if (::pipe(m_stopPipe) != 0)
        throw std::runtime_error("pipe");
}

std::unique_ptr<FakePrinter> FakePrinter::tcp(FakePrinterBehaviour behaviour)
{
    std::unique_ptr<FakePrinter> p(new FakePrinter(behaviour));
    p->m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(p->m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (behaviour.receiveBuffer > 0)  // inherited by accepted sockets; must precede listen()
        ::setsockopt(p->m_listenFd, SOL_SOCKET, SO_RCVBUF, &behaviour.receiveBuffer, sizeof behaviour.receiveBuffer);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(p->m_listenFd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(p->m_listenFd, 4) != 0)
        throw std::runtime_error("bind/listen");
    socklen_t len = sizeof addr;
    ::getsockname(p->m_listenFd, reinterpret_cast<sockaddr*>(&addr), &len);
    p->m_port = ntohs(addr.sin_port);
    p->m_thread = std::thread([raw = p.get()] { raw->serveTcp(); });
    return p;
}

std::unique_ptr<FakePrinter> FakePrinter::device(const QString& path, FakePrinterBehaviour behaviour)
{
    std::unique_ptr<FakePrinter> p(new FakePrinter(behaviour));
    p->m_deviceFd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (p->m_deviceFd < 0)
        throw std::runtime_error("open device");
    termios tio{};
    if (::tcgetattr(p->m_deviceFd, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::tcsetattr(p->m_deviceFd, TCSANOW, &tio);
    }
    p->m_thread = std::thread([raw = p.get()] { raw->serveDevice(); });
    return p;
}

FakePrinter::~FakePrinter()
{
    const char x = 'x';
    (void)!::write(m_stopPipe[1], &x, 1);
    if (m_thread.joinable())
        m_thread.join();
    for (int fd : {m_listenFd, m_deviceFd, m_stopPipe[0], m_stopPipe[1]})
        if (fd >= 0)
            ::close(fd);
}

QString FakePrinter::uri() const
{
    return QStringLiteral("tcp://127.0.0.1:%1").arg(m_port);
}

void FakePrinter::serveTcp()
{
    for (;;) {
        pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {m_stopPipe[0], POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 || (fds[1].revents & POLLIN))
            return;
        const int conn = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (conn < 0)
            continue;
        serveFd(conn, true);
        ::close(conn);
        finishJob();
    }
}

void FakePrinter::serveDevice()
{
    serveFd(m_deviceFd, false);
}

void FakePrinter::finishJob()
{
    std::lock_guard lock(m_mutex);
    m_jobs.append(m_current);
    m_current.clear();
    m_cv.notify_all();
}

void FakePrinter::serveFd(int fd, bool isSocket)
{
    qint64 readSoFar = 0;
    QByteArray tail;  // the last bytes, to spot a DLE EOT split across reads
    for (;;) {
        const bool stalled = m_behaviour.stallAfterBytes >= 0 && readSoFar >= m_behaviour.stallAfterBytes;
        pollfd fds[2] = {{fd, short(stalled ? 0 : POLLIN), 0}, {m_stopPipe[0], POLLIN, 0}};
        const int ready = ::poll(fds, 2, isSocket ? -1 : 300);
        if (ready < 0 || (fds[1].revents & POLLIN))
            return;
        if (ready == 0) {  // a device job ends with silence
            std::lock_guard lock(m_mutex);
            if (!m_current.isEmpty()) {
                m_jobs.append(m_current);
                m_current.clear();
                m_cv.notify_all();
            }
            continue;
        }
        if (stalled)
            continue;
        char buf[4096];
        qint64 want = qint64(sizeof buf);
        if (m_behaviour.stallAfterBytes >= 0)
            want = qMin(want, m_behaviour.stallAfterBytes - readSoFar);
        const ssize_t n = ::read(fd, buf, size_t(want));
        if (n <= 0) {
            if (isSocket || n == 0)
                return;
            continue;
        }
        readSoFar += n;
        m_total += n;
        const QByteArray chunk(buf, n);
        {
            std::lock_guard lock(m_mutex);
            m_current += chunk;
        }
        QByteArray scan = tail + chunk;
        for (qsizetype i = 0; i + 2 < scan.size(); ++i) {
            if (scan[i] != 0x10 || scan[i + 1] != 0x04 || i + 2 < tail.size())
                continue;
            const int req = scan[i + 2];
            const std::optional<quint8> answer = req == 1 ? m_behaviour.answer1
                                               : req == 2 ? m_behaviour.answer2
                                               : req == 4 ? m_behaviour.answer4
                                                          : std::nullopt;
            if (answer) {
                const char b = char(*answer);
                (void)!::write(fd, &b, 1);
            }
        }
        tail = scan.right(2);
    }
}

QByteArray FakePrinter::waitForJob(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_cv.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return !m_jobs.isEmpty(); }))
        return {};
    return m_jobs.takeFirst();
}

} // namespace patron::test
