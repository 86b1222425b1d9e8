#include "TempStore.h"
#include "TestEnv.h"

#include "store/Database.h"
#include "store/StoreCompaction.h"
#include "store/StoreLock.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("Compaction gives the free pages back and keeps every row", "[store][compact]")
{
    TempStore t;
    Database& db = t.db();
    // Free pages as a dropped index or a rebuilt table leaves them: a big table made and dropped.
    db.exec("CREATE TABLE filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " INSERT INTO filler SELECT randomblob(1000) FROM n; DROP TABLE filler;");
    const qint64 users = *db.queryInt64("SELECT count(*) FROM users");
    const qint64 freeBefore = *db.queryInt64("PRAGMA freelist_count");
    REQUIRE(freeBefore > 400);

    // The till (or anyone) has the store open too: refused, nothing changed.
    {
        auto till = StoreLock::acquire(t.store().paths().dir, StoreLock::Mode::Shared);
        REQUIRE_OK(till);
        auto busy = compactStore(t.store());
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.code() == ErrorCode::StoreBusy);
        CHECK(db.queryInt64("PRAGMA freelist_count") == freeBefore);
    }

    auto r = compactStore(t.store());
    REQUIRE_OK(r);
    CHECK(r->freePagesBefore == freeBefore);
    CHECK(db.queryInt64("PRAGMA freelist_count") == 0);
    CHECK(r->bytesAfter < r->bytesBefore - 400 * 4096);
    CHECK(db.queryInt64("SELECT count(*) FROM users") == users);
    CHECK(db.integrityCheck() == QStringLiteral("ok"));
}
