#pragma once
// Till schema step 18: the journal of the quantities this till asked head office to hold for its
// returns (ReturnHoldJournal), so a hold is confirmed or released even when the line dropped or
// the till crashed between asking and settling.

namespace patron {

class Database;

void returnHoldSchema(Database& db);

} // namespace patron
