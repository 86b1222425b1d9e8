#include "devices/transport/SerialTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSerialPort>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct SerialTransportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::SerialTransport)
};

SerialTransport::SerialTransport(QString portName, qint32 baud, PrinterUri::Flow flow)
    : m_portName(std::move(portName)), m_baud(baud), m_flow(flow)
{
}

SerialTransport::~SerialTransport()
{
    if (m_port && m_port->isOpen())
        m_port->close();
}

QString SerialTransport::describe() const
{
    return QStringLiteral("serial://%1").arg(m_portName);
}

Error SerialTransport::portError(const QString& during) const
{
    switch (m_port->error()) {
    case QSerialPort::DeviceNotFoundError:
        return makeError(ErrorCode::Unavailable,
                         SerialTransportTr::tr("There is no serial port %1. Check that the printer is plugged in.").arg(m_portName));
    case QSerialPort::PermissionError:
        return makeError(ErrorCode::Unavailable,
                         SerialTransportTr::tr("The serial port %1 is in use or not allowed for this user (on Linux, join the "
                                "dialout group).").arg(m_portName));
    case QSerialPort::ResourceError:
        return makeError(ErrorCode::Unavailable,
                         SerialTransportTr::tr("The serial port %1 went away %2 (unplugged?).").arg(m_portName, during));
    default:
        return makeError(ErrorCode::Unavailable,
                         SerialTransportTr::tr("The serial printer on %1 failed %2: %3").arg(m_portName, during, m_port->errorString()));
    }
}

Result<void> SerialTransport::open(int)
{
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_portName);
    if (!m_port->open(QIODevice::ReadWrite))
        return portError(SerialTransportTr::tr("while opening"));
    const bool configured = m_port->setBaudRate(m_baud) && m_port->setDataBits(QSerialPort::Data8)
        && m_port->setParity(QSerialPort::NoParity) && m_port->setStopBits(QSerialPort::OneStop)
        && m_port->setFlowControl(m_flow == PrinterUri::Flow::RtsCts    ? QSerialPort::HardwareControl
                                  : m_flow == PrinterUri::Flow::XonXoff ? QSerialPort::SoftwareControl
                                                                        : QSerialPort::NoFlowControl);
    if (!configured)
        return portError(SerialTransportTr::tr("while setting %1 baud").arg(m_baud));
    return {};
}

Result<void> SerialTransport::write(const QByteArray& data, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const qint64 total = data.size();
    if (m_port->write(data) != total)
        return portError(SerialTransportTr::tr("while printing"));
    while (m_port->bytesToWrite() > 0) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0 || !m_port->waitForBytesWritten(int(remaining))) {
            if (m_port->error() != QSerialPort::NoError && m_port->error() != QSerialPort::TimeoutError)
                return portError(SerialTransportTr::tr("in the middle of the job"));
            // With flow control a printer that cannot print holds the line: the job stalls here.
            return makeError(ErrorCode::Unavailable,
                             SerialTransportTr::tr("The printer on %1 stopped taking data in the middle of the job (%2 of %3 bytes "
                                    "sent). Check paper and cover, then print again.")
                                 .arg(m_portName).arg(total - m_port->bytesToWrite()).arg(total));
        }
    }
    return {};
}

Result<QByteArray> SerialTransport::read(qsizetype maxBytes, int timeoutMs)
{
    if (m_port->bytesAvailable() == 0 && !m_port->waitForReadyRead(timeoutMs)) {
        if (m_port->error() != QSerialPort::NoError && m_port->error() != QSerialPort::TimeoutError)
            return portError(SerialTransportTr::tr("while reading its status"));
        m_port->clearError();
        return makeError(ErrorCode::Unavailable,
                         SerialTransportTr::tr("The printer on %1 did not answer within %2 ms.").arg(m_portName).arg(timeoutMs));
    }
    return m_port->read(maxBytes);
}

Result<void> SerialTransport::finish(int timeoutMs)
{
    if (!m_port || !m_port->isOpen())
        return {};
    // Bytes queued in the driver are still on their way; waiting here keeps close() from
    // discarding the end of the receipt.
    if (m_port->bytesToWrite() > 0 && !m_port->waitForBytesWritten(timeoutMs))
        return makeError(ErrorCode::Unavailable,
                         SerialTransportTr::tr("The printer on %1 did not take the end of the job.").arg(m_portName));
    m_port->close();
    return {};
}

} // namespace patron
