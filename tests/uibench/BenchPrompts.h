#pragma once
// The checkout's questions answered for an unattended run: nothing is asked during scans of
// fixed-price goods, and anything that would ask is cancelled (the scan then shows no row and
// the run reports it).

#include "till/TillPrompts.h"

namespace patron::uibench {

class BenchPrompts final : public ui::TillPrompts {
public:
    std::optional<QString> askText(QWidget*, const QString&, const QString&, const QString&) override { return std::nullopt; }
    std::optional<Session> managerOverride(QWidget*, UserService&, const QString&, const QString&) override
    {
        return std::nullopt;
    }
};

} // namespace patron::uibench
