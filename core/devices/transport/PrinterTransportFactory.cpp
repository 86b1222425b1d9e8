#include "devices/transport/PrinterTransportFactory.h"

#include "devices/transport/CupsTransport.h"
#include "devices/transport/DeviceFileTransport.h"
#include "devices/transport/SerialTransport.h"
#include "devices/transport/TcpTransport.h"
#include "devices/transport/WindowsSpoolerTransport.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PrinterTransportFactoryTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrinterTransportFactory)
};

Result<std::unique_ptr<PrinterTransport>> makePrinterTransport(const PrinterUri& uri)
{
    std::unique_ptr<PrinterTransport> t;
    switch (uri.kind) {
    case PrinterUri::Kind::Tcp: t = std::make_unique<TcpTransport>(uri.host, uri.port); break;
    case PrinterUri::Kind::Serial: t = std::make_unique<SerialTransport>(uri.path, uri.baud, uri.flow); break;
    case PrinterUri::Kind::DeviceFile: t = std::make_unique<DeviceFileTransport>(uri.path); break;
    case PrinterUri::Kind::Cups: t = std::make_unique<CupsTransport>(uri.queue); break;
    case PrinterUri::Kind::WindowsSpooler:
#ifdef Q_OS_WIN
        t = std::make_unique<WindowsSpoolerTransport>(uri.queue);
        break;
#else
        return makeError(ErrorCode::Unavailable,
                         PrinterTransportFactoryTr::tr("winspool:// printers exist only on Windows; use cups://%1 here.").arg(uri.queue));
#endif
    }
    return t;
}

} // namespace patron
