// Schema step 19 on a store written before it: the pull handlers' old marks (no user, origin
// "STORE/TILL") become the pulled flag, this till's own re-pulled entries stay its own, and the
// join counts leave other stores' members out.

#include "StoreBeforeStep.h"
#include "TestEnv.h"

#include "common/SecureBytes.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("Schema step 19 marks what head office pulled in, from the marks the pull left", "[members][migration]")
{
    StoreBeforeStep before(19);
    Database& db = before.db();

    // Member 1 registered here (SH01), member 2 pulled from BJ01, both joined in the same quarter
    // hour. Wallet: a top-up made here by a cashier, one pulled from BJ01/T2, and this till's own
    // one handed back by a re-pull. Points: an earn here, one pulled, an expiry here.
    db.exec(R"sql(
INSERT INTO meta(key, value) VALUES ('store_code', 'SH01'), ('till_code', 'T1');
INSERT INTO members(id, uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms)
  VALUES (1, x'01', '张三', 1773446400000, 'SH01', 'base', 1773446400000, '', 0),
         (2, x'02', '李四', 1773446400000, 'BJ01', 'base', 1773446400000, '', 0);
INSERT INTO wallet_entries(uuid, member_id, kind, principal_minor, bonus_minor, tender_code, ref, user_name, created_ms)
  VALUES (x'11', 1, 'topup', 10000, 0, 'cash', '', 'li', 1773446400000),
         (x'12', 1, 'topup', 20000, 0, '', 'BJ01/T2', '', 1773446400000),
         (x'13', 1, 'topup', 30000, 0, '', 'SH01/T1', '', 1773446400000);
INSERT INTO points_entries(uuid, member_id, kind, amount, reason, user_name, created_ms)
  VALUES (x'21', 1, 'earn', 10, '', 'li', 1773446400000),
         (x'22', 1, 'earn', 20, 'BJ01/T2', '', 1773446400000),
         (x'23', 1, 'expire', -5, 'expired', '', 1773446400000);
)sql");
    CHECK(db.queryInt64("SELECT members FROM member_joins") == 2);
    before.migrateRest();

    CHECK(db.queryInt64("SELECT group_concat(id) FROM members WHERE pulled = 1") == 2);
    CHECK(db.queryText("SELECT group_concat(hex(uuid)) FROM wallet_entries WHERE pulled = 1") == QStringLiteral("12"));
    CHECK(db.queryText("SELECT group_concat(hex(uuid)) FROM points_entries WHERE pulled = 1") == QStringLiteral("22"));
    CHECK(db.queryInt64("SELECT members FROM member_joins") == 1);

    // The triggers keep counting only this till's registrations.
    db.exec("INSERT INTO members(uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms, pulled)"
            " VALUES (x'03', '王五', 1773446400000, 'BJ01', 'base', 1773446400000, '', 0, 1)");
    db.exec("INSERT INTO members(uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms)"
            " VALUES (x'04', '赵六', 1773446400000, 'SH01', 'base', 1773446400000, '', 0)");
    CHECK(db.queryInt64("SELECT members FROM member_joins") == 2);
    db.exec("UPDATE members SET merged_into = x'01', merged_into_id = 1 WHERE uuid = x'04'");
    CHECK(db.queryInt64("SELECT members FROM member_joins") == 1);
}
