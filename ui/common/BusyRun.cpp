#include "common/BusyRun.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <limits>

namespace patron::ui {

namespace {
int g_running = 0;  // runBusy calls waiting (UI thread only; nested calls count twice)
} // namespace

bool busyCallRunning()
{
    return g_running > 0;
}

void runBusy(QWidget* parent, const QString& text, const std::function<void()>& work, int showAfterMs)
{
    QProgressDialog busy(text, QString(), 0, 0, parent);  // range 0..0: an indeterminate bar
    busy.setObjectName(QStringLiteral("busyDialog"));
    busy.setCancelButton(nullptr);
    busy.setWindowModality(Qt::WindowModal);
    busy.setAutoClose(false);
    busy.setAutoReset(false);
    // QProgressDialog would show itself after its minimumDuration; showAfterMs decides instead.
    busy.setMinimumDuration(std::numeric_limits<int>::max());
    QTimer later;
    later.setSingleShot(true);
    QObject::connect(&later, &QTimer::timeout, &busy, &QWidget::show);
    if (showAfterMs <= 0)
        busy.show();
    else
        later.start(showAfterMs);

    ++g_running;
    const auto done = qScopeGuard([] { --g_running; });
    QEventLoop loop;
    QThread* worker = QThread::create(work);
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    later.stop();
    busy.close();
}

} // namespace patron::ui
