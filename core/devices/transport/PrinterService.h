#pragma once
// PrinterService: runs PrintJobs one after another on its own worker thread and reports each
// outcome back on the thread that owns the service. The till submits a receipt after the sale
// has committed; a printer failure is shown to the cashier and never undoes the sale.

#include "devices/transport/PrintJob.h"

#include <QObject>
#include <QThread>

namespace patron {

struct PrintOutcome {
    quint64 jobId = 0;
    bool ok = false;
    Error error;          // when !ok
    PrintReport report;   // when ok
};

class PrinterService : public QObject {
    Q_OBJECT
public:
    explicit PrinterService(QObject* parent = nullptr);
    // Lets the job in progress finish (bounded by its timeouts), drops queued ones.
    ~PrinterService() override;

    // Queues the job; the returned id comes back in finished().
    quint64 submit(PrintJob job);

signals:
    void finished(const patron::PrintOutcome& outcome);

private:
    QThread m_thread;
    QObject* m_worker = nullptr;  // lives on m_thread; jobs run in its event queue, in order
    quint64 m_nextId = 1;
};

} // namespace patron
