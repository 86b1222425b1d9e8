#pragma once
// Versioned schema migrations. The schema version lives in the database (PRAGMA user_version,
// plus a schema_migrations log); each step runs in its own transaction, so a failing step leaves
// the store exactly at the previous version. A store newer than the program is refused untouched.

#include "common/Result.h"

#include <functional>
#include <vector>

namespace patron {

class Database;

struct Migration {
    int version;       // 1, 2, 3 … with no gaps
    const char* name;  // shown in `patron-cli info`
    std::function<void(Database&)> apply;
    // The step rebuilds a table other tables reference (copy, drop, rename: the only way SQLite
    // drops a UNIQUE constraint), which SQLite refuses while foreign keys are on; they are off for
    // the step. The step keeps every row's id, so every reference still holds.
    bool rebuildsReferencedTables = false;
};

// Patron's own schema, oldest first. Later features append; a released step never changes.
const std::vector<Migration>& patronMigrations();
int latestSchemaVersion();

int schemaVersion(Database& db);

// Refuses a store newer than `migrations` knows, with StoreTooNew.
Result<void> checkSchemaVersion(Database& db, const std::vector<Migration>& migrations);
// Brings the store up to the newest version. Each step: BEGIN IMMEDIATE, apply, record, COMMIT.
Result<void> migrate(Database& db, const std::vector<Migration>& migrations);

} // namespace patron
