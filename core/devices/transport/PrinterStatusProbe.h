#pragma once
// PrinterStatusProbe: asks a printer for its status with DLE EOT 1, 2 and 4 over a two-way
// transport. A printer that does not answer is "status unknown", not an error: many print fine
// without reporting.

#include "devices/escpos/PrinterStatus.h"

namespace patron {

class PrinterTransport;

class PrinterStatusProbe {
public:
    explicit PrinterStatusProbe(PrinterTransport& transport) : m_transport(transport) {}

    // answered = false when the link is one-way or the printer is silent for timeoutMs.
    // Sent after a job, an answer also proves the printer read everything before the request.
    PrinterStatus query(int timeoutMs);

private:
    std::optional<quint8> ask(int n, int timeoutMs);

    PrinterTransport& m_transport;
};

} // namespace patron
