#pragma once
// Schema step 13: what the member reports read at a million members without a pass over the
// members table. Per-tier totals (active members, their spend, stored value and points of all
// members) and joins per 15 minutes are kept by triggers on members, so every writer (the till,
// sync, imports, merges, the demo generator) keeps them exact without knowing of them; upcoming
// birthdays are read from a narrow index of active members.

namespace patron {

class Database;

// The join buckets are this long: every time zone in use is a whole number of them away from
// UTC, so a bucket lies inside one local month.
inline constexpr long long kMemberJoinBucketSecs = 900;

void memberReportSummaries(Database& db);

} // namespace patron
