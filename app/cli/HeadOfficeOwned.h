#pragma once
// Once a till is joined to head office, head office owns the catalog, prices, promotions and
// loyalty rules (issue #7); the back office's editors for them turn read-only, and the commands
// that would change them refuse the same way, so a script cannot make the till disagree with
// head office until the next pull overwrites it.

#include <QString>

#include <optional>

namespace patron::cli {

class CliContext;

enum class HeadOfficeOwned { Catalog, Categories, Prices, Promotions, LoyaltyRules };

// On an open store: the exit code (already reported, ExitRefused) when the till is joined to
// head office, else nullopt.
std::optional<int> refuseWhenHeadOfficeOwns(CliContext& ctx, HeadOfficeOwned what);

} // namespace patron::cli
