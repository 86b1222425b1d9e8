#include "hq/SyncSchema.h"

#include "store/Database.h"

namespace patron {

void syncSchema(Database& db)
{
    db.exec(R"sql(
CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per sync attempt, for `sync status` and for support.
CREATE TABLE sync_log (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  ok          INTEGER NOT NULL,
  pushed      INTEGER NOT NULL,
  pulled      INTEGER NOT NULL,
  drift_ms    INTEGER,
  error_code  TEXT,
  error       TEXT
);

CREATE TABLE clock_drift (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  drift_ms INTEGER NOT NULL,
  warn_ms  INTEGER NOT NULL,
  warned   INTEGER NOT NULL
);

-- Changes pulled from head office, stored with the cursor in one transaction; each domain
-- (catalog, members, rules) applies its kinds and stamps applied_at.
CREATE TABLE hq_inbox (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  key         TEXT NOT NULL,
  data        TEXT,
  received_at TEXT NOT NULL,
  applied_at  TEXT
);
CREATE INDEX hq_inbox_pending ON hq_inbox(kind, id) WHERE applied_at IS NULL;
)sql");
}

void syncMergedMembers(Database& db)
{
    db.exec(R"sql(
-- A duplicate member merged into another (member.merged, pulled from head office): kept for the
-- books and old sales, out of the search, its ledgers moved to the survivor (MemberPullHandler).
ALTER TABLE members ADD COLUMN merged_into BLOB;
)sql");
}

} // namespace patron
