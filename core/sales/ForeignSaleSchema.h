#pragma once
// Till schema step 14: copies of sales the till did not make itself (another store's sale fetched
// from head office for a return here) and what other tills returned of a sale.

namespace patron {

class Database;

void foreignSaleSchema(Database& db);

} // namespace patron
