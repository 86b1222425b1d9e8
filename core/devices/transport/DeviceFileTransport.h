#pragma once
// DeviceFileTransport: a printer device such as /dev/usb/lp0 (Linux USB printer class), written
// without blocking so an offline printer becomes a timeout instead of a hung thread.

#include "devices/transport/PrinterTransport.h"

namespace patron {

class DeviceFileTransport : public PrinterTransport {
public:
    explicit DeviceFileTransport(QString path);
    ~DeviceFileTransport() override;

    QString describe() const override;
    Result<void> open(int timeoutMs) override;
    Result<void> write(const QByteArray& data, int timeoutMs) override;
    Result<void> finish(int timeoutMs) override;

private:
    Error errnoError(int err, const QString& during) const;
    void closeFd();

    QString m_path;
    int m_fd = -1;
};

} // namespace patron
