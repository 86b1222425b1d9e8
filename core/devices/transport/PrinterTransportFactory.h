#pragma once
// makePrinterTransport: the transport a PrinterUri names.

#include "devices/transport/PrinterTransport.h"
#include "devices/transport/PrinterUri.h"

#include <memory>

namespace patron {

// An error for a scheme this platform cannot use (winspool:// off Windows).
Result<std::unique_ptr<PrinterTransport>> makePrinterTransport(const PrinterUri& uri);

} // namespace patron
