#pragma once
// ReportRunner: runs one report at a time on a worker thread with its own reader connection
// (Store::openReader(); a connection is used by one thread only), so the till never waits for
// a report. A cancel is checked between the report's queries, and each query done is reported
// as progress; the result arrives through a queued signal on the runner's thread. No event loop is spun while waiting.

#include "reports/ReportBundle.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace patron {
class Clock;
class Store;
}

namespace patron::ui {

class ReportRunner : public QObject {
    Q_OBJECT
public:
    ReportRunner(Store& store, const Clock& clock, QObject* parent = nullptr);
    ~ReportRunner() override;  // asks a running report to stop and waits for it

    // False when a report is already running.
    bool start(const ReportRequest& request);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

    // How many queries a report of this kind runs (the progress signal's total).
    static int steps(const ReportRequest& request);

signals:
    void progress(int done, int total);
    void finished(const patron::ui::ReportBundle& bundle);

private:
    ReportBundle run(const ReportRequest& request);

    Store& m_store;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace patron::ui
