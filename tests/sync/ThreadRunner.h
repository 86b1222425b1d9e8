#pragma once
// A BlockingRunner for tests: each call runs on a thread of its own, as the till's BusyRunner
// runs it, and what it said it waits for is kept.

#include "common/BlockingRunner.h"

#include <QStringList>
#include <thread>

namespace patron::test {

class ThreadRunner final : public BlockingRunner {
public:
    QStringList said;
    void run(const QString& what, std::function<void()> work) override
    {
        said << what;
        std::thread worker(std::move(work));
        worker.join();
    }
};

} // namespace patron::test
