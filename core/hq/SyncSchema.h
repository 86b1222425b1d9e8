#pragma once
// The till's local tables for sync: state (pull cursor, last sync), a log of sync runs, clock
// drift samples, and an inbox of changes pulled from head office waiting to be applied.

namespace patron {

class Database;

// Migration step (registered in core/store/Schema.cpp).
void syncSchema(Database& db);

} // namespace patron
