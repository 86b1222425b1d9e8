#pragma once
// Pulled loyalty and store rules land in the store's settings as "hq.rule.<key>" (JSON text),
// where the domains that use them read them. A rule deleted at head office is removed.

#include "sync/PullHandler.h"

namespace patron {

class RulePullHandler final : public PullHandler {
public:
    void apply(Database& db, const PulledChange& change) override;
};

} // namespace patron
