#pragma once
// A TCP proxy on loopback that can cut each connection after a random number of bytes (both
// directions counted), to break pushes at every possible point: during the TLS handshake, in
// the middle of a batch, or after head office committed but before the till heard back.

#include <QtGlobal>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace patron::test {

class FaultProxy {
public:
    FaultProxy(int targetPort, quint32 seed);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    int port() const { return m_port; }
    // Cut every new connection after a number of bytes drawn from [minBytes, maxBytes];
    // maxBytes 0 passes everything.
    void setCutRange(qint64 minBytes, qint64 maxBytes);
    int connectionsCut() const { return m_cut.load(); }

private:
    void acceptLoop();
    void pump(int client, qint64 limit);
    qint64 nextLimit();

    int m_listen = -1;
    int m_port = 0;
    int m_target = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_cut{0};
    std::mutex m_mutex;
    quint32 m_rng;
    qint64 m_min = 0, m_max = 0;
    std::thread m_acceptor;
    std::vector<std::thread> m_pumps;
};

} // namespace patron::test
