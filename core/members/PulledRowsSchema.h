#pragma once
// Schema step 19: which member rows and ledger entries came from head office rather than from
// this till. A joined till pulls the chain's members it serves and their ledger entries made in
// other stores; the till's own figures (dashboard new members, top-ups, points issued and
// redeemed; the new-members-by-month report) must not count them, as its sales figures do not
// count other tills' sales. Balances and the member totals per tier still include everything:
// a member's stored value is one chain-wide balance.
//
// Known limits: head office does not say which till registered a member, so every member row a
// pull creates is marked pulled, including one this till registered after a backup and got back
// by the re-pull (it drops out of this till's new-member counts), while the backfill, which has
// only the home store to go by, counts members another till of the same store registered.

namespace patron {

class Database;

void pulledRowsSchema(Database& db);

} // namespace patron
