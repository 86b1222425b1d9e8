#pragma once
// openWriterConnection: a second read-write connection to the store, for an import on a worker
// thread. The till's own connection belongs to the UI thread; SQLite allows one writer at a
// time across connections, the imports' transactions are BEGIN IMMEDIATE, and the till's
// writes wait on the busy timeout (or fail with "store busy") while an import commits.

#include "common/Result.h"
#include "store/Database.h"

namespace patron {
class Store;
}

namespace patron::ui {

Result<Database> openWriterConnection(Store& store);

} // namespace patron::ui
