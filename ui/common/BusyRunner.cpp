#include "common/BusyRunner.h"

#include "common/BusyRun.h"

#include <QApplication>

namespace patron::ui {

void BusyRunner::run(const QString& what, std::function<void()> work)
{
    // Over whichever window is active: the call may come from a dialog (a return) or the till.
    runBusy(QApplication::activeWindow(), what, work, kShowAfterMs);
}

} // namespace patron::ui
