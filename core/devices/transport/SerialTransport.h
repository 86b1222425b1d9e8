#pragma once
// SerialTransport: an RS-232 or USB-serial printer (8N1, the configured baud rate and flow
// control). Reads answer DLE EOT status requests.

#include "devices/transport/PrinterTransport.h"
#include "devices/transport/PrinterUri.h"

#include <memory>

class QSerialPort;

namespace patron {

class SerialTransport : public PrinterTransport {
public:
    SerialTransport(QString portName, qint32 baud, PrinterUri::Flow flow);
    ~SerialTransport() override;

    QString describe() const override;
    Result<void> open(int timeoutMs) override;
    Result<void> write(const QByteArray& data, int timeoutMs) override;
    bool canRead() const override { return true; }
    Result<QByteArray> read(qsizetype maxBytes, int timeoutMs) override;
    Result<void> finish(int timeoutMs) override;

private:
    Error portError(const QString& during) const;

    QString m_portName;
    qint32 m_baud;
    PrinterUri::Flow m_flow;
    std::unique_ptr<QSerialPort> m_port;
};

} // namespace patron
