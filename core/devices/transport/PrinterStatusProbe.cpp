#include "devices/transport/PrinterStatusProbe.h"

#include "devices/escpos/EscPosCommands.h"
#include "devices/transport/PrinterTransport.h"

#include <QDeadlineTimer>

namespace patron {

std::optional<quint8> PrinterStatusProbe::ask(int n, int timeoutMs)
{
    if (!m_transport.canRead() || !m_transport.write(escpos::statusRequest(n), timeoutMs))
        return std::nullopt;
    // Skip anything that is not a status byte (some printers send an ASB or XON first).
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        auto got = m_transport.read(1, int(deadline.remainingTime()));
        if (!got || got->isEmpty())
            return std::nullopt;
        const auto byte = quint8(got->at(0));
        if (PrinterStatus::isStatusByte(byte))
            return byte;
    }
    return std::nullopt;
}

PrinterStatus PrinterStatusProbe::query(int timeoutMs)
{
    PrinterStatus status;
    for (int n : {1, 2, 4}) {
        const auto answer = ask(n, timeoutMs);
        if (!answer)
            break;
        status.apply(n, *answer);
    }
    return status;
}

} // namespace patron
