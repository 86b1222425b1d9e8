#include "backoffice/PriceListImportRunner.h"

#include "auth/AuditLog.h"
#include "backoffice/WriterConnection.h"
#include "catalog/PriceSchedule.h"
#include "catalog/ProductCatalog.h"
#include "store/Store.h"
#include "sync/Outbox.h"

namespace patron::ui {

PriceListImportRunner::PriceListImportRunner(Store& store, const Clock& clock, Session actor, QObject* parent)
    : QObject(parent), m_store(store), m_clock(clock), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("priceListImportRunner"));
    qRegisterMetaType<patron::ui::PriceListOutcome>();
}

PriceListImportRunner::~PriceListImportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool PriceListImportRunner::start(QByteArray fileBytes, std::optional<QDateTime> at, QString note)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, bytes = std::move(fileBytes), at = std::move(at), note = std::move(note)] {
        const PriceListOutcome outcome = run(bytes, at, note);
        // Delivered on the runner's (UI) thread through the queued connection.
        QMetaObject::invokeMethod(this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

PriceListOutcome PriceListImportRunner::run(const QByteArray& bytes, const std::optional<QDateTime>& at,
                                            const QString& note)
{
    PriceListOutcome outcome;
    auto db = openWriterConnection(m_store);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    AuditLog audit(*db, m_clock);
    Outbox outbox(*db, m_store.identity().storeCode, m_store.identity().tillCode, m_clock);
    ProductCatalog catalog(*db, audit, outbox, m_clock);
    PriceSchedule schedule(*db, catalog, audit, m_clock);
    auto report = importPriceListCsv(*db, schedule, m_actor, bytes, at, note, [this](int done, int total) {
        QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        return !m_cancel.load();
    });
    outcome.cancelled = m_cancel.load();
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.report = *report;
    return outcome;
}

} // namespace patron::ui
