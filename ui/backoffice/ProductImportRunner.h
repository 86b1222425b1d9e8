#pragma once
// ProductImportRunner: imports a product CSV on a worker thread, with progress and cancel.
//
// The import writes, so it cannot use a read-only reader connection: it opens a second writer
// (openWriterConnection says why that is safe). The import is one transaction, so a cancel or
// an error leaves the catalog as it was.

#include "auth/UserService.h"
#include "catalog/ProductCsv.h"
#include "common/Error.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace patron {
class Clock;
class Store;
}

namespace patron::ui {

struct ImportOutcome {
    bool ok = false;
    Error error;          // when !ok
    ImportReport report;  // when ok (problems may still be listed)
    bool cancelled = false;
};

class ProductImportRunner : public QObject {
    Q_OBJECT
public:
    ProductImportRunner(Store& store, const Clock& clock, Session actor, QObject* parent = nullptr);
    ~ProductImportRunner() override;  // waits for a running import (after asking it to cancel)

    // Starts the import; false when one is already running.
    bool start(QByteArray fileBytes, bool skipBadRows);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    void progress(int done, int total);
    void finished(const patron::ui::ImportOutcome& outcome);

private:
    ImportOutcome run(const QByteArray& bytes, bool skipBadRows);

    Store& m_store;
    const Clock& m_clock;
    Session m_actor;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace patron::ui
