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
//   (status, id, visits, last_visit_ms, spend_minor). Keyed by visits first, each sale moved the
//   member's entry to another place in the index: two random pages per sale (the one it left, the
//   one it joined), and page splits where the entries of the busiest members pile up. Keyed by
//   status and id, the entry is replaced where it is. RFM and the repeat rate still read only
//   this index (every active member's entry, instead of only those who visited).

namespace patron {

class Database;

void memberSaleIndexesInPlace(Database& db);

} // namespace patron
