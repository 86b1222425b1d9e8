#pragma once
// The BlockingRunner of the command line and of tests: the call runs on the caller's thread.

#include "common/BlockingRunner.h"

namespace patron {

class InlineRunner final : public BlockingRunner {
public:
    void run(const QString& /*what*/, std::function<void()> work) override { work(); }
};

} // namespace patron
