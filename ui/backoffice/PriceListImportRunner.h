#pragma once
// PriceListImportRunner: schedules a price list (调价单) from CSV on a worker thread, with
// progress and cancel, so a long list never freezes the back office or the till beside it.
// It writes through its own connection (openWriterConnection); the list is one transaction,
// so a cancel, an error or a bad row schedules nothing.

#include "auth/UserService.h"
#include "catalog/PriceListCsv.h"
#include "common/Error.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

namespace patron {
class Clock;
class Store;
}

namespace patron::ui {

struct PriceListOutcome {
    bool ok = false;
    Error error;             // when !ok
    PriceListReport report;  // when ok (problems may still be listed; then nothing was scheduled)
    bool cancelled = false;
};

class PriceListImportRunner : public QObject {
    Q_OBJECT
public:
    PriceListImportRunner(Store& store, const Clock& clock, Session actor, QObject* parent = nullptr);
    ~PriceListImportRunner() override;  // waits for a running import (after asking it to cancel)

    // Starts the import for `at` (nullopt: now); false when one is already running.
    bool start(QByteArray fileBytes, std::optional<QDateTime> at, QString note);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    void progress(int done, int total);
    void finished(const patron::ui::PriceListOutcome& outcome);

private:
    PriceListOutcome run(const QByteArray& bytes, const std::optional<QDateTime>& at, const QString& note);

    Store& m_store;
    const Clock& m_clock;
    Session m_actor;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace patron::ui
