#pragma once
// Schema step 22: the audit log without UNIQUE(uuid). That constraint's b-tree took ~1.2
// encrypted pages in every sale's commit (an index append rebalances its rightmost leaves every
// few records; docs/performance.md) and nothing reads it: records are found by id, action and
// time. A record's uuid stays part of its hash, so the chain still proves each one; Uuid::v7's
// 74 random bits per millisecond are what keeps uuids apart. SQLite drops a UNIQUE constraint
// only by rebuilding the table; ids are kept, so the chain's head (`id:hash` in meta) holds.

namespace patron {

class Database;

void auditLogWithoutUniqueUuid(Database& db);

} // namespace patron
