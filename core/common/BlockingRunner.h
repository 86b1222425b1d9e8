#pragma once
// Where a call that may wait on the network (head office) runs while its caller waits for the
// answer. The till's runner keeps the window painted and, when the answer is slow, shows that the
// till is waiting (ui/common/BusyRunner); the command line and tests run the call inline
// (InlineRunner). `work` may run on another thread: it must touch no widget, and no Database the
// caller's thread uses meanwhile (opening a store there and handing it over is fine).

#include <QString>

#include <functional>

namespace patron {

class BlockingRunner {
public:
    virtual ~BlockingRunner() = default;
    // Runs `work` to its end and returns after it. `what` says what is waited on, for the user.
    virtual void run(const QString& what, std::function<void()> work) = 0;
};

} // namespace patron
