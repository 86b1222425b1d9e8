#include "devices/transport/TcpTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct TcpTransportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::TcpTransport)
};

TcpTransport::TcpTransport(QString host, quint16 port) : m_host(std::move(host)), m_port(port) {}

TcpTransport::~TcpTransport()
{
    if (m_socket)
        m_socket->abort();
}

QString TcpTransport::describe() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
}

Error TcpTransport::socketError(const QString& during) const
{
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return makeError(ErrorCode::Unavailable,
                         TcpTransportTr::tr("The printer at %1 refused the connection. Check that it is switched on and that "
                                "the address and port are right.").arg(describe()));
    case QAbstractSocket::HostNotFoundError:
        return makeError(ErrorCode::Unavailable, TcpTransportTr::tr("The printer host %1 was not found.").arg(m_host));
    case QAbstractSocket::RemoteHostClosedError:
        return makeError(ErrorCode::Unavailable,
                         TcpTransportTr::tr("The printer at %1 closed the connection %2.").arg(describe(), during));
    case QAbstractSocket::NetworkError:
        return makeError(ErrorCode::Unavailable,
                         TcpTransportTr::tr("The network to the printer at %1 is down.").arg(describe()));
    default:
        return makeError(ErrorCode::Unavailable,
                         TcpTransportTr::tr("The printer at %1 failed %2: %3").arg(describe(), during, m_socket->errorString()));
    }
}

Result<void> TcpTransport::open(int timeoutMs)
{
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        if (m_socket->error() == QAbstractSocket::SocketTimeoutError)
            return makeError(ErrorCode::Unavailable,
                             TcpTransportTr::tr("The printer at %1 did not answer within %2 seconds. Check the cable, the "
                                    "network and the printer's address.")
                                 .arg(describe()).arg(qMax(1, timeoutMs / 1000)));
        return socketError(TcpTransportTr::tr("while connecting"));
    }
    return {};
}

Result<void> TcpTransport::write(const QByteArray& data, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const qint64 total = data.size();
    m_socket->write(data);
    while (m_socket->bytesToWrite() > 0) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0 || !m_socket->waitForBytesWritten(int(remaining))) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return socketError(TcpTransportTr::tr("in the middle of the job"));
            if (deadline.hasExpired() || m_socket->error() == QAbstractSocket::SocketTimeoutError)
                return makeError(ErrorCode::Unavailable,
                                 TcpTransportTr::tr("The printer at %1 stopped taking data in the middle of the job (%2 of %3 "
                                        "bytes sent). Check paper and cover, then print again.")
                                     .arg(describe()).arg(total - m_socket->bytesToWrite()).arg(total));
            return socketError(TcpTransportTr::tr("while printing"));
        }
    }
    return {};
}

Result<QByteArray> TcpTransport::read(qsizetype maxBytes, int timeoutMs)
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs)) {
        if (m_socket->error() == QAbstractSocket::SocketTimeoutError)
            return makeError(ErrorCode::Unavailable,
                             TcpTransportTr::tr("The printer at %1 did not answer within %2 ms.").arg(describe()).arg(timeoutMs));
        return socketError(TcpTransportTr::tr("while reading its status"));
    }
    return m_socket->read(maxBytes);
}

Result<void> TcpTransport::finish(int timeoutMs)
{
    if (!m_socket)
        return {};
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState && !m_socket->waitForDisconnected(timeoutMs)) {
        m_socket->abort();
        return makeError(ErrorCode::Unavailable,
                         TcpTransportTr::tr("The printer at %1 did not take the end of the job.").arg(describe()));
    }
    return {};
}

} // namespace patron
