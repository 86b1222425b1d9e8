#include "FaultProxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace patron::test {

namespace {
int connectLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(quint16(port));
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}
} // namespace

FaultProxy::FaultProxy(int targetPort, quint32 seed) : m_target(targetPort), m_rng(seed ? seed : 1)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(m_listen, 64);
    ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len);
    m_port = ntohs(a.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy()
{
    m_stop = true;
    m_acceptor.join();
    for (std::thread& t : m_pumps)
        t.join();
    ::close(m_listen);
}

void FaultProxy::setCutRange(qint64 minBytes, qint64 maxBytes)
{
    std::lock_guard lock(m_mutex);
    m_min = minBytes;
    m_max = maxBytes;
}

qint64 FaultProxy::nextLimit()
{
    std::lock_guard lock(m_mutex);
    if (m_max <= 0)
        return 0;
    m_rng ^= m_rng << 13;
    m_rng ^= m_rng >> 17;
    m_rng ^= m_rng << 5;
    return m_min + qint64(m_rng % quint32(m_max - m_min + 1));
}

void FaultProxy::acceptLoop()
{
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0)
            continue;
        const qint64 limit = nextLimit();
        m_pumps.emplace_back([this, client, limit] { pump(client, limit); });
    }
}

void FaultProxy::pump(int client, qint64 limit)
{
    const int server = connectLoopback(m_target);
    if (server < 0) {
        ::close(client);
        return;
    }
    qint64 moved = 0;
    char buf[16384];
    bool open = true;
    while (open && !m_stop) {
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(fds, 2, 50) <= 0)
            continue;
        for (int i = 0; i < 2 && open; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int from = fds[i].fd, to = i == 0 ? server : client;
            const ssize_t n = ::recv(from, buf, sizeof buf, 0);
            if (n <= 0) {
                open = false;
                break;
            }
            ssize_t send = n;
            if (limit > 0 && moved + n >= limit) {
                send = ssize_t(limit - moved);
                open = false;
                ++m_cut;
            }
            if (send > 0 && ::send(to, buf, size_t(send), MSG_NOSIGNAL) != send)
                open = false;
            moved += send;
        }
    }
    ::shutdown(client, SHUT_RDWR);
    ::shutdown(server, SHUT_RDWR);
    ::close(client);
    ::close(server);
}

} // namespace patron::test
