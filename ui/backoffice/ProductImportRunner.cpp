#include "backoffice/ProductImportRunner.h"

#include "auth/AuditLog.h"
#include "backoffice/WriterConnection.h"
#include "catalog/ProductCatalog.h"
#include "store/Store.h"
#include "sync/Outbox.h"

namespace patron::ui {

ProductImportRunner::ProductImportRunner(Store& store, const Clock& clock, Session actor, QObject* parent)
    : QObject(parent), m_store(store), m_clock(clock), m_actor(std::move(actor))
{
    qRegisterMetaType<patron::ui::ImportOutcome>();
}

ProductImportRunner::~ProductImportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ProductImportRunner::start(QByteArray fileBytes, bool skipBadRows)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, bytes = std::move(fileBytes), skipBadRows] {
        const ImportOutcome outcome = run(bytes, skipBadRows);
        // Delivered on the runner's (UI) thread through the queued connection.
        QMetaObject::invokeMethod(this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

ImportOutcome ProductImportRunner::run(const QByteArray& bytes, bool skipBadRows)
{
    ImportOutcome outcome;
    auto db = openWriterConnection(m_store);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    AuditLog audit(*db, m_clock);
    Outbox outbox(*db, m_store.identity().storeCode, m_store.identity().tillCode, m_clock);
    ProductCatalog catalog(*db, audit, outbox, m_clock);
    ProductImportOptions importOptions;
    importOptions.skipBadRows = skipBadRows;
    importOptions.progress = [this](int done, int total) {
        QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
    auto report = importProductsCsv(*db, catalog, m_actor, bytes, importOptions);
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
