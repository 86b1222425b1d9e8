#include "sync/ReturnHoldSchema.h"

#include "store/Database.h"

namespace patron {

void returnHoldSchema(Database& db)
{
    db.exec(R"sql(
-- One row per return this till asked head office to hold quantities for, written before the
-- question is sent: 'asked' (no answer acted on yet), 'committed' (set in the return's own
-- transaction: the hold must be confirmed), 'abandoned' (the return failed: the hold must be
-- released). The sync worker settles the rows with head office and deletes them; an 'asked' row
-- a minute old with no return behind it is a till that crashed mid-return, and is released.
CREATE TABLE return_holds (
  return_uuid BLOB PRIMARY KEY,
  sale_uuid   BLOB NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('asked', 'committed', 'abandoned')),
  at_ms       INTEGER NOT NULL
);
)sql");
}

} // namespace patron
