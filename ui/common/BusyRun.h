#pragma once
// Work that must run to its end (no cancel) but may take long, e.g. restoring a store of a few
// gigabytes or waiting for head office: it runs on a worker thread while the window keeps
// painting and its timers keep firing (user input waits), and a modal busy dialog tells the user
// what is happening, instead of a frozen window they might kill. The caller reads the result as
// if the call were synchronous.

#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QWidget;

namespace patron::ui {

// Runs `work` on a worker thread and returns when it has finished. The busy dialog (over
// `parent`) shows at once with showAfterMs <= 0, else only once the work has taken that long, so
// a fast answer does not flicker. `work` must touch no widget and nothing the UI thread uses
// meanwhile.
void runBusy(QWidget* parent, const QString& text, const std::function<void()>& work, int showAfterMs);

// True while a runBusy call waits. Its nested event loop still delivers timers and device
// signals (a serial scanner, the idle lock): whatever would start another head-office call, sign
// the cashier out, or change the till under the waiting call checks this first and waits or
// drops its input.
bool busyCallRunning();

template <typename Work>
auto runWithBusyDialog(QWidget* parent, const QString& text, Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    runBusy(parent, text, [&] { result.emplace(work()); }, 0);
    return std::move(*result);
}

} // namespace patron::ui
