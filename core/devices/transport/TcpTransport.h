#pragma once
// TcpTransport: raw TCP to a network printer (port 9100), with connect and write timeouts; a
// printer that stops reading mid-job is reported, not waited on forever.

#include "devices/transport/PrinterTransport.h"

#include <memory>

class QTcpSocket;

namespace patron {

class TcpTransport : public PrinterTransport {
public:
    TcpTransport(QString host, quint16 port);
    ~TcpTransport() override;

    QString describe() const override;
    Result<void> open(int timeoutMs) override;
    Result<void> write(const QByteArray& data, int timeoutMs) override;
    bool canRead() const override { return true; }
    Result<QByteArray> read(qsizetype maxBytes, int timeoutMs) override;
    Result<void> finish(int timeoutMs) override;

private:
    Error socketError(const QString& during) const;

    QString m_host;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace patron
