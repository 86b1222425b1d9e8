#pragma once
// The till's BlockingRunner: a head-office call runs on a worker thread while the window keeps
// painting and its timers keep firing; user input waits. When the answer takes longer than
// kShowAfterMs, a busy dialog (over the active window) says what the till is waiting for, so a
// fast answer does not flicker and a dead line does not look like a frozen till.

#include "common/BlockingRunner.h"

namespace patron::ui {

class BusyRunner final : public BlockingRunner {
public:
    static constexpr int kShowAfterMs = 300;

    void run(const QString& what, std::function<void()> work) override;
};

} // namespace patron::ui
