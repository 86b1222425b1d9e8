// Schema step 24: the members table's summary triggers without conflict clauses. The summaries
// are unchanged by the step, and stay right under UPDATE OR FAIL / INSERT OR FAIL, whose conflict
// rule also governs the triggers' own statements (an INSERT OR IGNORE of an existing summary row
// would fail under it).

#include "StoreBeforeStep.h"

#include "store/Database.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

QString totals(Database& db)
{
    QStringList out;
    Statement s = db.prepare("SELECT tier_code, active_members, active_spend_minor, principal_minor, bonus_minor, points"
                             " FROM member_totals WHERE active_members <> 0 OR points <> 0 ORDER BY tier_code");
    while (s.step()) {
        QStringList cols;
        for (int c = 0; c < 6; ++c)
            cols << s.text(c);
        out << cols.join(u'|');
    }
    return out.join(u';');
}

QString joins(Database& db)
{
    QStringList out;
    Statement s = db.prepare("SELECT bucket, members FROM member_joins WHERE members <> 0 ORDER BY bucket");
    while (s.step())
        out << s.text(0) + u':' + s.text(1);
    return out.join(u';');
}

} // namespace

TEST_CASE("Schema step 24 keeps the member summaries and lets OR FAIL writers through", "[members][migration][summaries]")
{
    StoreBeforeStep store(24);
    Database& db = store.db();
    db.exec(R"sql(
INSERT INTO members(id, uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms, points_balance, spend_minor)
  VALUES (1, x'01', '张三', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 120, 5000),
         (2, x'02', '李四', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 0, 0),
         (3, x'03', '王五', 1773450000000, 'SH01', 'silver', 1773450000000, '', 0, 40, 130000);
)sql");
    const QString totalsBefore = totals(db);
    const QString joinsBefore = joins(db);
    REQUIRE_FALSE(totalsBefore.isEmpty());

    store.migrateRest();

    CHECK(totals(db) == totalsBefore);
    CHECK(joins(db) == joinsBefore);
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'members'"
                        " AND sql LIKE '%OR IGNORE%'")
              .value_or(-1)
          == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'members'").value_or(0) == 4);

    // A sale's updates, as the members module now writes them: the tier's row exists already.
    db.exec("UPDATE OR FAIL members SET points_balance = points_balance + 30 WHERE id = 1;");
    db.exec("UPDATE OR FAIL members SET visits = visits + 1, spend_minor = spend_minor + 800 WHERE id = 2;");
    db.exec("UPDATE OR FAIL members SET wallet_principal_minor = wallet_principal_minor + 10000 WHERE id = 3;");
    // A tier no member had before, and a member registered in a quarter hour not seen before.
    db.exec("UPDATE OR FAIL members SET tier_code = 'gold' WHERE id = 3;");
    db.exec("INSERT OR FAIL INTO members(id, uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms)"
            " VALUES (4, x'04', '赵六', 1773460000000, 'SH01', 'platinum', 1773460000000, '', 0);");
    db.exec("UPDATE OR FAIL members SET merged_into = x'01' WHERE id = 2;");

    CHECK(totals(db) == QStringLiteral("base|1|5000|0|0|150;gold|1|130000|10000|0|40;platinum|1|0|0|0|0"));
    CHECK(joins(db) == QStringLiteral("1970496:1;1970500:1;1970511:1"));
}
