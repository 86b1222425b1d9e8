#include "auth/AuditLogRebuild.h"

#include "store/Database.h"

namespace patron {

void auditLogWithoutUniqueUuid(Database& db)
{
    // No other table references audit_log, and step 21 removed its trigger, so copy, drop and
    // rename need nothing else; the void index (step 20) is made again on the new table.
    db.exec(R"sql(
CREATE TABLE audit_log_rebuilt (
  id         INTEGER PRIMARY KEY,
  uuid       BLOB NOT NULL,
  at         TEXT NOT NULL,
  user_name  TEXT NOT NULL,
  action     TEXT NOT NULL,
  subject    TEXT NOT NULL,
  details    TEXT NOT NULL,
  prev_hash  BLOB NOT NULL,
  hash       BLOB NOT NULL
);
INSERT INTO audit_log_rebuilt(id, uuid, at, user_name, action, subject, details, prev_hash, hash)
  SELECT id, uuid, at, user_name, action, subject, details, prev_hash, hash FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_rebuilt RENAME TO audit_log;
CREATE INDEX audit_log_voids ON audit_log(at) WHERE action = 'sale.void';
)sql");
}

} // namespace patron
