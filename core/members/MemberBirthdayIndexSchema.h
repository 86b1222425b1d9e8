#pragma once
// Schema step 25: the birthday index of step 13 (members_birth_active, partial: WHERE status =
// 'active') replaced by a plain index on the same columns.
//
// SQLite 3.15 rewrites the entry of every partial index on each UPDATE of a row, whatever
// columns change (it cannot tell cheaply whether the index's WHERE still holds). A member's sale
// updates the member row twice (points balance; visits and spend), so every sale of a member with
// a birthday on file deleted and re-inserted that member's birthday entry: one more page of a
// b-tree keyed by month-day, a random one, written (and at full size often read) per sale, for
// nothing. A plain index is touched only when the birthday or the status changes. The queries
// that used it (birthdays, birthday coupons: `birth_mmdd … AND status = 'active'`) use the plain
// one the same way, reading index entries only; it also holds the few erased members.

namespace patron {

class Database;

void memberBirthdaysInPlainIndex(Database& db);

} // namespace patron
