#include "common/BusyRunner.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <limits>

namespace patron::ui {

void BusyRunner::run(const QString& what, std::function<void()> work)
{
    // As runWithBusyDialog (common/BusyRun.h), but shown only once the call is slow.
    QProgressDialog busy(what, QString(), 0, 0, QApplication::activeWindow());  // 0..0: an indeterminate bar
    busy.setObjectName(QStringLiteral("busyDialog"));
    busy.setCancelButton(nullptr);
    busy.setWindowModality(Qt::WindowModal);
    busy.setAutoClose(false);
    busy.setAutoReset(false);
    // QProgressDialog shows itself after minimumDuration; the timer below decides instead.
    busy.setMinimumDuration(std::numeric_limits<int>::max());
    QTimer later;
    later.setSingleShot(true);
    QObject::connect(&later, &QTimer::timeout, &busy, &QWidget::show);
    later.start(kShowAfterMs);

    QEventLoop loop;
    QThread* worker = QThread::create(std::move(work));
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    later.stop();
    busy.close();
}

} // namespace patron::ui
