#include "devices/escpos/PrinterStatus.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PrinterStatusTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrinterStatus)
};

bool PrinterStatus::isStatusByte(quint8 byte)
{
    return (byte & 0x93) == 0x12;
}

void PrinterStatus::apply(int n, quint8 byte)
{
    answered = true;
    switch (n) {
    case 1:
        offline = offline || (byte & 0x08);
        break;
    case 2:
        coverOpen = coverOpen || (byte & 0x04);
        paperEnd = paperEnd || (byte & 0x20);
        break;
    case 4:
        paperNearEnd = paperNearEnd || (byte & 0x0C);
        paperEnd = paperEnd || (byte & 0x60);
        break;
    default:
        break;
    }
}

Result<void> PrinterStatus::readiness() const
{
    if (paperEnd)
        return makeError(ErrorCode::Unavailable, PrinterStatusTr::tr("The printer is out of paper. Load a new roll and print again."));
    if (coverOpen)
        return makeError(ErrorCode::Unavailable, PrinterStatusTr::tr("The printer cover is open. Close it and print again."));
    if (offline)
        return makeError(ErrorCode::Unavailable, PrinterStatusTr::tr("The printer is offline. Check that it is switched on and ready."));
    return {};
}

} // namespace patron
