#include "devices/transport/PrinterTransport.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PrinterTransportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrinterTransport)
};

Result<QByteArray> PrinterTransport::read(qsizetype, int)
{
    return makeError(ErrorCode::Unavailable, PrinterTransportTr::tr("%1 cannot report the printer's status.").arg(describe()));
}

} // namespace patron
