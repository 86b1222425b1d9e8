#pragma once
// SerialScanner: a barcode scanner on a serial port (RS-232 or a USB-serial adapter in "virtual
// COM" mode). Reads CR/LF-terminated lines and emits each as one scan, normalised as a
// keyboard-wedge scan is (full-width folded, trimmed, the configured prefix/suffix stripped), so
// the caller routes it through the same ScanRouter path.

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSerialPort;

namespace patron {

struct SerialScannerSettings {
    QString portName;  // "/dev/ttyUSB0", "COM3"; empty = no serial scanner
    qint32 baud = 9600;
    QString prefix;    // what the scanner sends before/after each code (ScanSettings'),
    QString suffix;    // stripped when present
};

class SerialScanner : public QObject {
    Q_OBJECT
public:
    // A line longer than this without CR/LF is noise (wrong baud rate, a loose cable): dropped.
    static constexpr int kMaxLineBytes = 512;

    explicit SerialScanner(SerialScannerSettings settings, QObject* parent = nullptr);
    ~SerialScanner() override;

    // Opens the port for reading, 8N1 at the configured baud. Unavailable (translated) when the
    // port does not exist, is in use or refuses the settings.
    Result<void> open();
    void close();
    bool isOpen() const;
    const SerialScannerSettings& settings() const { return m_settings; }

    // The normalised code in one line as received; empty when nothing is left.
    QString normalise(const QByteArray& line) const;

signals:
    void scanned(const QString& code);
    // The port failed after opening (unplugged): translated, for the status bar.
    void failed(const patron::Error& error);

private:
    void onReadyRead();
    Error portError(const QString& during) const;

    SerialScannerSettings m_settings;
    std::unique_ptr<QSerialPort> m_port;
    QByteArray m_pending;
    bool m_discarding = false;  // inside an over-long line: skip to its end
};

} // namespace patron
