#pragma once
// Tables of selling: carts (open and held), promotions, sales with their lines, payments and each
// line's share of each payment, receipt numbering, shifts and cash movements, Z reports, and the
// summary tables that keep reports fast. A schema step, registered in store/Schema.cpp.

namespace patron {
class Database;
void salesSchema(Database& db);
} // namespace patron
