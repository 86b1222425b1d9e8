#pragma once
// The head-office schema (PostgreSQL schema "hq"): versioned steps applied in order, each
// recorded in hq.schema_migrations, all in one transaction under an advisory lock, so running
// `hq init` twice, or from two places at once, is harmless.

#include "common/Result.h"

namespace patron {

class PgConnection;

struct HqSchemaReport {
    int fromVersion = 0;  // 0: head office was empty
    int toVersion = 0;
};

class HqSchema {
public:
    static int latestVersion();
    // 0 when the schema is not installed.
    static Result<int> currentVersion(PgConnection& conn);
    // Creates or upgrades the schema. Refuses a database whose schema is newer than this program.
    static Result<HqSchemaReport> install(PgConnection& conn);
};

} // namespace patron
