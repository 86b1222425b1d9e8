#pragma once
// Schema step 11: a member merged into another keeps its row (old receipts, ledgers' history and
// other tills still name it) and records which member it became; duplicates are found by name.

namespace patron {

class Database;

void memberMergeSchema(Database& db);

} // namespace patron
