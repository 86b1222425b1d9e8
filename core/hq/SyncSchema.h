#pragma once
// The till's local tables for sync: state (pull cursor, last sync), a log of sync runs, clock
// drift samples, and an inbox of changes pulled from head office waiting to be applied.

namespace patron {

class Database;

// Migration steps (registered in core/store/Schema.cpp).
void syncSchema(Database& db);
// Step 12: members.merged_into, the survivor's UUID once head office merged a duplicate.
void syncMergedMembers(Database& db);

} // namespace patron
