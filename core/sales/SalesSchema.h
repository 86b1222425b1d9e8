#pragma once
// Tables of selling: carts (open and held), promotions, sales with their lines, payments and each
// line's share of each payment, receipt numbering, shifts and cash movements, Z reports, and the
// summary tables that keep reports fast. A schema step, registered in store/Schema.cpp.

namespace patron {
class Database;
void salesSchema(Database& db);
// Step 6: indexes the X/Z reports need on a large store.
void salesReportIndexes(Database& db);
// Step 8: sum_product_month keyed by (product, month), so rankings group without sorting.
void productMonthByProduct(Database& db);
// Step 9: the per-day summaries in one table (sum_daily; the old names are views), and
// sum_product_month rolled up from the sale lines after the sale (sum_rollups keeps the mark).
void summariesInFewerPages(Database& db);
// Step 16: the drawer's cash per shift as a summary row, per-tender refunds counted apart from
// sales, and the indexes sales(business_day) and sales(shift_id) dropped (a page each per sale).
void shiftCashInSummaries(Database& db);
// Step 17: the till's receipt counter in meta (a page each sale already writes), and the
// UNIQUE(uuid) constraints of sale_lines and sale_payments dropped (a table rebuild each; the
// step runs with foreign keys off).
void receiptCountersInMeta(Database& db);
void lineAndPaymentUuidsNotUnique(Database& db);
// Step 23: each line's shares of its sale's payments move onto the line (sale_lines.tender_shares,
// see LineShares.h; a rebuild of sale_lines) and sale_line_tenders is dropped. Runs with foreign
// keys off. Refuses, as StoreDamaged, shares it could not carry exactly.
void lineSharesOnLines(Database& db);
} // namespace patron
