#pragma once
// The till's local tables for sync: state (pull cursor, last sync), a log of sync runs, clock
// drift samples, and an inbox of changes pulled from head office waiting to be applied.

namespace patron {

class Database;

// Migration steps (registered in core/store/Schema.cpp).
void syncSchema(Database& db);
// Step 12: members.merged_into, the survivor's UUID once a duplicate was merged (here or at head
// office); step 11's merged_into_id links it locally once the survivor is held here.
void syncMergedMembers(Database& db);

} // namespace patron
