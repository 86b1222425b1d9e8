#pragma once
// Schema step 25: two indexes on members rebuilt so that a member's sale, which updates the
// member row twice (points balance; visits, spend and last visit), writes at most one page of
// each, where the entry already is.
//
// - members_birth_active (step 13, partial: WHERE status = 'active') becomes the plain
//   members_birth_status on the same columns. SQLite 3.15 rewrites the entry of every partial
//   index on each UPDATE of a row, whatever columns change (it cannot tell cheaply whether the
//   index's WHERE still holds), so every sale of a member with a birthday on file deleted and
//   re-inserted that member's entry: a random page of a b-tree keyed by month-day written (and at
//   full size often read) per sale, for nothing. A plain index is touched only when the birthday
//   or the status changes. Birthdays and birthday coupons (`birth_mmdd … AND status = 'active'`)
//   use it as they used the partial one, from index entries only; it also holds erased members.
// - members_rfm (step 4: visits, last_visit_ms, spend_minor, status) becomes members_rfm_by_id
//   (id, status, visits, last_visit_ms, spend_minor). Keyed by visits first, each sale moved the
//   member's entry to another place in the index: two random pages per sale (the one it left, the
//   one it joined), and page splits where the entries of the busiest members pile up. Keyed by
//   the member's id, the entry is replaced where it is. RFM and the repeat rate still read only
//   this index, scanning it whole (every member's entry, not only those who visited: a few ms
//   more per 100,000 members). Not (status, id, …): without ANALYZE statistics SQLite takes
//   `status = 'active'` for a selective lookup, and would walk that index in id order for queries
//   such as the last-4-digits search (`mobile_last4 = ? AND status = 'active' ORDER BY id`)
//   instead of seeking members_last4.

namespace patron {

class Database;

void memberSaleIndexesInPlace(Database& db);

} // namespace patron
