#pragma once
// Tables of the catalog: categories (a tree), products, their barcodes, the search index and the
// till's quick keys. A schema step, registered in store/Schema.cpp.

namespace patron {
class Database;
void catalogSchema(Database& db);
} // namespace patron
