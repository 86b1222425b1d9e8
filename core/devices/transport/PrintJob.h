#pragma once
// PrintJob: one set of ESC/POS bytes for one printer address, run to the end with timeouts:
// status check (where the printer can answer), send, confirm. Blocking; run it on a worker
// thread (PrinterService) or in a command-line tool. A failure is reported, never thrown, and
// never touches the sale it prints.

#include "common/Result.h"
#include "devices/escpos/PrinterStatus.h"

#include <QByteArray>
#include <QString>

namespace patron {

struct PrintTimeouts {
    int connectMs = 3000;
    int writeMs = 10000;   // the whole job; a printer that stops reading fails after this
    int statusMs = 700;    // each DLE EOT answer before the job
};

struct PrintReport {
    PrinterStatus status;  // the last status the printer reported (answered = false: unknown)
    qint64 bytesSent = 0;
};

struct PrintJob {
    QString printerUri;
    QByteArray bytes;
    bool queryStatus = true;  // DLE EOT before and after, where the link is two-way
    PrintTimeouts timeouts;

    Result<PrintReport> run() const;
};

} // namespace patron
