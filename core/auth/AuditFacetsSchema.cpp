#include "auth/AuditFacetsSchema.h"

#include "store/Database.h"

namespace patron {

void auditFacetsSchema(Database& db)
{
    db.exec(R"sql(
CREATE TABLE audit_facets (
  kind  TEXT NOT NULL CHECK (kind IN ('action', 'user')),
  value TEXT NOT NULL,
  PRIMARY KEY (kind, value)
) WITHOUT ROWID;
-- Actions through step 6's index (a covering scan of distinct values); users by one pass over
-- the log, once.
INSERT INTO audit_facets(kind, value) SELECT DISTINCT 'action', action FROM audit_log;
INSERT INTO audit_facets(kind, value) SELECT DISTINCT 'user', user_name FROM audit_log;
CREATE TRIGGER audit_log_facets AFTER INSERT ON audit_log BEGIN
  INSERT OR IGNORE INTO audit_facets(kind, value) VALUES ('action', NEW.action);
  INSERT OR IGNORE INTO audit_facets(kind, value) VALUES ('user', NEW.user_name);
END;

DROP INDEX audit_log_action_at;
CREATE INDEX audit_log_voids ON audit_log(at) WHERE action = 'sale.void';
)sql");
}

void auditFacetsWithoutTrigger(Database& db)
{
    // Records written since step 20 are already listed by the trigger; nothing to backfill.
    db.exec("DROP TRIGGER audit_log_facets;");
}

} // namespace patron
