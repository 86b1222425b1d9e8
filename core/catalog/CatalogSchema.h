#pragma once
// Tables of the catalog: categories (a tree), products, their barcodes, the search index and the
// till's quick keys. A schema step, registered in store/Schema.cpp.

namespace patron {
class Database;
void catalogSchema(Database& db);
// Step 7: product_terms gains the rank key (and 'p:' prefix terms), so search ranks from the index.
void productTermsRankKey(Database& db);
// Step 15: 'h:' terms (how each initials spelling starts), so an initials-prefix search reads its
// products in rank order from one term instead of ranking a range of terms in memory.
void initialsHeadTerms(Database& db);
// Step 10: scheduled price changes (调价单) and every product's price history.
void priceSchedule(Database& db);
} // namespace patron
