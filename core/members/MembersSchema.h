#pragma once
// The members schema step: profiles, search indexes, tiers, points and stored-value ledgers,
// coupons, count cards and the per-member activity counters.

namespace patron {

class Database;

void membersSchema(Database& db);

} // namespace patron
