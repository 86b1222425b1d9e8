#include "devices/scan/SerialScanner.h"

#include "catalog/Barcode.h"

#include <QCoreApplication>
#include <QSerialPort>

namespace patron {

struct SerialScannerTr {
    Q_DECLARE_TR_FUNCTIONS(patron::SerialScanner)
};

SerialScanner::SerialScanner(SerialScannerSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
}

SerialScanner::~SerialScanner() { close(); }

bool SerialScanner::isOpen() const { return m_port && m_port->isOpen(); }

Error SerialScanner::portError(const QString& during) const
{
    switch (m_port->error()) {
    case QSerialPort::DeviceNotFoundError:
        return makeError(ErrorCode::Unavailable,
                         SerialScannerTr::tr("There is no serial port %1. Check that the scanner is plugged in.")
                             .arg(m_settings.portName));
    case QSerialPort::PermissionError:
        return makeError(ErrorCode::Unavailable,
                         SerialScannerTr::tr("The serial port %1 is in use or not allowed for this user (on Linux, "
                                             "join the dialout group).")
                             .arg(m_settings.portName));
    case QSerialPort::ResourceError:
        return makeError(ErrorCode::Unavailable,
                         SerialScannerTr::tr("The scanner on %1 went away %2 (unplugged?).").arg(m_settings.portName, during));
    default:
        return makeError(ErrorCode::Unavailable, SerialScannerTr::tr("The scanner on %1 failed %2: %3")
                                                     .arg(m_settings.portName, during, m_port->errorString()));
    }
}

Result<void> SerialScanner::open()
{
    close();
    if (m_settings.portName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, SerialScannerTr::tr("No serial port is set for the scanner."));
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_settings.portName);
    if (!m_port->open(QIODevice::ReadOnly)) {
        Error e = portError(SerialScannerTr::tr("while opening"));
        m_port.reset();
        return e;
    }
    const bool configured = m_port->setBaudRate(m_settings.baud) && m_port->setDataBits(QSerialPort::Data8)
        && m_port->setParity(QSerialPort::NoParity) && m_port->setStopBits(QSerialPort::OneStop)
        && m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!configured) {
        Error e = makeError(ErrorCode::Unavailable, SerialScannerTr::tr("The serial port %1 refused %2 baud.")
                                                        .arg(m_settings.portName)
                                                        .arg(m_settings.baud));
        close();
        return e;
    }
    m_pending.clear();
    m_discarding = false;
    connect(m_port.get(), &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(m_port.get(), &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
            return;
        const Error e = portError(SerialScannerTr::tr("while reading"));
        // Closing from inside the port's own signal would delete it under its feet.
        QMetaObject::invokeMethod(this, &SerialScanner::close, Qt::QueuedConnection);
        emit failed(e);
    });
    return {};
}

void SerialScanner::close()
{
    if (!m_port)
        return;
    m_port->disconnect(this);
    if (m_port->isOpen())
        m_port->close();
    m_port.reset();
}

QString SerialScanner::normalise(const QByteArray& line) const
{
    // Scanners send ASCII; UTF-8 decoding keeps that and does not drop a stray byte silently.
    QString code = normalizeCodeText(QString::fromUtf8(line));
    const QString prefix = normalizeCodeText(m_settings.prefix);
    const QString suffix = normalizeCodeText(m_settings.suffix);
    if (!prefix.isEmpty() && code.startsWith(prefix))
        code.remove(0, prefix.size());
    if (!suffix.isEmpty() && code.endsWith(suffix))
        code.chop(suffix.size());
    return code.trimmed();
}

void SerialScanner::onReadyRead()
{
    m_pending += m_port->readAll();
    for (;;) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            if (m_pending[i] == '\r' || m_pending[i] == '\n') {
                end = i;
                break;
            }
        if (end < 0)
            break;
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        if (m_discarding || line.size() > kMaxLineBytes) {
            m_discarding = false;
            continue;
        }
        // CR LF gives an empty line between them: not a scan.
        const QString code = normalise(line);
        if (!code.isEmpty())
            emit scanned(code);
    }
    if (m_pending.size() > kMaxLineBytes) {
        m_pending.clear();
        m_discarding = true;
    }
}

} // namespace patron
