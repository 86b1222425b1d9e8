#include "devices/transport/PrintJob.h"

#include "devices/transport/PrinterStatusProbe.h"
#include "devices/transport/PrinterTransportFactory.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PrintJobTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrintJob)
};

Result<PrintReport> PrintJob::run() const
{
    auto uri = PrinterUri::parse(printerUri);
    if (!uri)
        return uri.error();
    auto made = makePrinterTransport(*uri);
    if (!made)
        return made.error();
    PrinterTransport& transport = **made;
    PATRON_TRY(transport.open(timeouts.connectMs));

    PrintReport report;
    const bool probe = queryStatus && transport.canRead();
    if (probe) {
        report.status = PrinterStatusProbe(transport).query(timeouts.statusMs);
        // Refuse before sending: a receipt half printed on an empty roll helps nobody.
        PATRON_TRY(report.status.readiness());
    }
    PATRON_TRY(transport.write(bytes, timeouts.writeMs));
    report.bytesSent = bytes.size();
    if (probe && report.status.answered) {
        // The answer can only come once the printer has read the whole job; silence means it
        // stopped part way (jammed, out of paper with a full buffer, cable pulled).
        const PrinterStatus after = PrinterStatusProbe(transport).query(timeouts.writeMs);
        if (!after.answered)
            return makeError(ErrorCode::Unavailable,
                             PrintJobTr::tr("The printer at %1 stopped responding in the middle of the job. Check paper "
                                    "and cover, then print again.").arg(transport.describe()));
        if (auto ready = after.readiness(); !ready)
            return makeError(ready.code(), ready.message() + u' '
                                               + PrintJobTr::tr("The last receipt may be incomplete."));
        report.status = after;
    }
    PATRON_TRY(transport.finish(timeouts.writeMs));
    return report;
}

} // namespace patron
