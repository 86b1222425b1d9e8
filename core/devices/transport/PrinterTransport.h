#pragma once
// PrinterTransport: one way of getting bytes to a receipt printer (TCP 9100, serial, the USB
// printer device, the CUPS or Windows spooler). Blocking calls with timeouts: transports are
// created and used on a printing worker thread, never on the UI thread.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace patron {

class PrinterTransport {
public:
    virtual ~PrinterTransport() = default;

    // The printer's address for messages ("tcp://192.168.1.50:9100").
    virtual QString describe() const = 0;
    virtual Result<void> open(int timeoutMs) = 0;
    // All of `data` reaches the printer (or the spooler) within timeoutMs, or an error says how
    // far it got.
    virtual Result<void> write(const QByteArray& data, int timeoutMs) = 0;
    // Whether the printer can answer (DLE EOT status); false for one-way links.
    virtual bool canRead() const { return false; }
    // At least one byte, at most maxBytes, within timeoutMs; a timeout is ErrorCode::Unavailable.
    virtual Result<QByteArray> read(qsizetype maxBytes, int timeoutMs);
    // The job is complete: flush, hand over to the spooler, close.
    virtual Result<void> finish(int timeoutMs) = 0;
};

} // namespace patron
