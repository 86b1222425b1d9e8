#pragma once
// WindowsSpoolerTransport: a printer installed in Windows, fed through the spooler with datatype
// RAW so the driver passes ESC/POS bytes through unchanged. Windows only.

#include "devices/transport/PrinterTransport.h"

#ifdef Q_OS_WIN

namespace patron {

class WindowsSpoolerTransport : public PrinterTransport {
public:
    explicit WindowsSpoolerTransport(QString printerName);
    ~WindowsSpoolerTransport() override;

    QString describe() const override;
    Result<void> open(int timeoutMs) override;
    Result<void> write(const QByteArray& data, int timeoutMs) override;
    Result<void> finish(int timeoutMs) override;

private:
    Error lastError(const QString& during) const;
    void closePrinter();

    QString m_name;
    void* m_printer = nullptr;  // HANDLE
    bool m_docStarted = false;
};

} // namespace patron

#endif
