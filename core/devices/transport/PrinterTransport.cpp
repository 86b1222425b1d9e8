#include "devices/transport/PrinterTransport.h"

#include <QCoreApplication>

namespace patron {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrinterTransport)
};
} // namespace

Result<QByteArray> PrinterTransport::read(qsizetype, int)
{
    return makeError(ErrorCode::Unavailable, Tr::tr("%1 cannot report the printer's status.").arg(describe()));
}

} // namespace patron
