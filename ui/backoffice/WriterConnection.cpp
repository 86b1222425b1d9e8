#include "backoffice/WriterConnection.h"

#include "store/Store.h"

namespace patron::ui {

Result<Database> openWriterConnection(Store& store)
{
    auto db = Database::open(store.paths().db, store.dataKey(), Database::Options());
    if (!db)
        return db.error();
    auto configured = guarded([&] { db->configureForUse(); });
    if (!configured)
        return configured.error();
    return std::move(*db);
}

} // namespace patron::ui
