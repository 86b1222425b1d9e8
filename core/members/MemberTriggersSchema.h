#pragma once
// Schema step 24: the members table's summary triggers (steps 13 and 19) without conflict
// clauses, so the updates a member's sale makes (points, visits and spend, stored value) can be
// UPDATE OR FAIL and need no statement journal.
//
// A trigger makes the UPDATE that fires it a multi-row statement; with a constraint that could
// ABORT, SQLite keeps a statement journal for it, and SQLCipher encrypts every page copied into
// that journal: 100-200 µs per member update, twice per member's sale (docs/performance.md,
// session 5). UPDATE OR FAIL needs no journal, but its conflict rule also governs the statements
// of the triggers it fires, and an INSERT OR IGNORE of a summary row that exists would then fail.
// So the triggers add a missing summary row with INSERT … SELECT … WHERE NOT EXISTS instead, which
// meets no conflict under any rule. What they compute is unchanged.

namespace patron {

class Database;

void memberTriggersWithoutConflictClauses(Database& db);

} // namespace patron
