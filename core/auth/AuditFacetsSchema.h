#pragma once
// Schema step 20: the audit log's secondary index no longer grows with every sale. Step 6's
// index on (action, at) took one to two encrypted pages in every checkout's commit (each sale
// writes an audit record) and served two readers: the X/Z report's count of the day's voids,
// now a partial index holding void records only, and the back office's list of actions to
// filter by, now read with the list of users from `audit_facets`, kept by a trigger. An
// INSERT OR IGNORE of a value already there changes no page, so a sale writes nothing there.

namespace patron {

class Database;

void auditFacetsSchema(Database& db);

// Schema step 21: the facets are kept by AuditLog::append, and step 20's trigger is dropped.
// A trigger makes each audit INSERT a multi-row statement, which SQLite gives a statement
// journal, and SQLCipher encrypts every page copied into that journal: ~45 µs of every sale
// (docs/performance.md, "Session 5"). AuditLog is the only writer of audit_log.
void auditFacetsWithoutTrigger(Database& db);

} // namespace patron
