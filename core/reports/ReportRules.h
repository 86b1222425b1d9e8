#pragma once
// The loyalty rules in force, read on a report's own (reader) connection: reports need the
// tier names and the points redemption rate, and must not share the till's connection.

#include "common/Result.h"
#include "members/LoyaltyRules.h"

namespace patron {

class Clock;
class Database;

Result<LoyaltyRules> loyaltyRulesForReports(Database& reader, const Clock& clock);

} // namespace patron
