#pragma once
// A query's rows as text, one string per row with its columns joined by '|' and NULL written as
// NULL: what migration tests compare before and after a table is rebuilt.

#include <QStringList>

namespace patron {
class Database;
}

namespace patron::test {

QStringList tableRows(Database& db, const char* sql);

} // namespace patron::test
