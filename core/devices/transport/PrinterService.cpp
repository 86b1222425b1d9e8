#include "devices/transport/PrinterService.h"

#include <QMetaObject>
#include <QPointer>

namespace patron {

PrinterService::PrinterService(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("patron-printer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PrinterService::~PrinterService()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 PrinterService::submit(PrintJob job)
{
    const quint64 id = m_nextId++;
    QPointer<PrinterService> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [self, id, job = std::move(job)] {
            PrintOutcome outcome;
            outcome.jobId = id;
            auto result = job.run();
            outcome.ok = result.ok();
            if (result)
                outcome.report = *result;
            else
                outcome.error = result.error();
            // Back to the service's thread; dropped if the service is gone by then.
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, outcome] {
                    if (self)
                        emit self->finished(outcome);
                }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

} // namespace patron
