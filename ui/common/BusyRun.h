#pragma once
// Work that must run to its end (no cancel) but may take long, e.g. restoring a store of a few
// gigabytes: it runs on a worker thread while a modal dialog keeps the window painted and tells
// the user what is happening, instead of a frozen window they might kill. The caller reads the
// result as if the call were synchronous.

#include <QEventLoop>
#include <QProgressDialog>
#include <QString>
#include <QThread>
#include <QWidget>

#include <optional>
#include <utility>

namespace patron::ui {

// `work` must touch no widget and nothing the UI thread uses meanwhile.
template <typename Work>
auto runWithBusyDialog(QWidget* parent, const QString& text, Work work) -> decltype(work())
{
    QProgressDialog busy(text, QString(), 0, 0, parent);  // range 0..0: an indeterminate bar
    busy.setObjectName(QStringLiteral("busyDialog"));
    busy.setCancelButton(nullptr);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.show();

    std::optional<decltype(work())> result;
    QEventLoop loop;
    QThread* worker = QThread::create([&] { result.emplace(work()); });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    busy.close();
    return std::move(*result);
}

} // namespace patron::ui
