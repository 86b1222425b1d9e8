#pragma once
// MemberCsvRunner: member CSV import and export on a worker thread, with progress and cancel,
// after ProductImportRunner. The worker opens its own connection to the store (the till's
// belongs to the UI thread); the import is one transaction, so a cancel or an error writes
// nothing, and a cancelled export leaves no file behind.

#include "auth/UserService.h"
#include "common/Error.h"
#include "members/MemberImport.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace patron {
class Clock;
class Store;
}

namespace patron::ui {

struct MemberCsvOutcome {
    bool ok = false;
    bool cancelled = false;
    Error error;                // when !ok and not cancelled
    MemberImportReport report;  // import
    qint64 exported = 0;        // export
    QString file;               // export
};

class MemberCsvRunner : public QObject {
    Q_OBJECT
public:
    MemberCsvRunner(Store& store, const Clock& clock, Session actor, QObject* parent = nullptr);
    ~MemberCsvRunner() override;  // asks a running job to cancel and waits

    // False when a job is already running.
    bool startImport(QByteArray fileBytes, bool skipBadRows);
    bool startExport(const QString& path);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const patron::ui::MemberCsvOutcome& outcome);

private:
    bool launch(std::function<MemberCsvOutcome()> job);
    MemberCsvOutcome runImport(const QByteArray& bytes, bool skipBadRows);
    MemberCsvOutcome runExport(const QString& path);
    bool report(qint64 done, qint64 total);

    Store& m_store;
    const Clock& m_clock;
    Session m_actor;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace patron::ui
