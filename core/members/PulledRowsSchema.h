#pragma once
// Schema step 19: which member rows and ledger entries came from head office rather than from
// this till. A joined till pulls the chain's members it serves and their ledger entries made in
// other stores; the till's own figures (dashboard new members, top-ups, points issued and
// redeemed; the new-members-by-month report) must not count them, as its sales figures do not
// count other tills' sales. Balances and the member totals per tier still include everything:
// a member's stored value is one chain-wide balance.

namespace patron {

class Database;

void pulledRowsSchema(Database& db);

} // namespace patron
