// Schema step 25: the partial birthday index replaced by a plain one. The birthday query answers
// the same from it, and an update of a member's balances or counters no longer writes to it
// (SQLite 3.15 rewrites a partial index's entry on every update of the row).

#include "StoreBeforeStep.h"

#include "store/Database.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

QString activeBirthdays(Database& db)
{
    QStringList out;
    Statement s = db.prepare("SELECT id, birth_mmdd FROM members WHERE status = 'active' AND birth_mmdd IN (501, 1231)"
                             " ORDER BY id");
    while (s.step())
        out << s.text(0) + u':' + s.text(1);
    return out.join(u';');
}

QString plan(Database& db, const char* sql)
{
    QStringList out;
    const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sql;
    Statement s = db.prepare(explain.constData());
    while (s.step())
        out << s.text(3);
    return out.join(u';');
}

// Whether the statement's program opens the index's b-tree for writing.
bool writesIndex(Database& db, const char* sql, const char* index)
{
    const qint64 root = db.queryInt64("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?",
                                      QString::fromLatin1(index)).value_or(-1);
    REQUIRE(root > 0);
    const QByteArray explain = QByteArray("EXPLAIN ") + sql;
    Statement s = db.prepare(explain.constData());
    while (s.step())
        if (s.text(1) == u"OpenWrite" && s.int64(3) == root)
            return true;
    return false;
}

} // namespace

TEST_CASE("Schema step 25 keeps birthdays answered from an index a sale's updates do not write", "[members][migration]")
{
    StoreBeforeStep store(25);
    Database& db = store.db();
    db.exec(R"sql(
INSERT INTO members(id, uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms, birth_mmdd, status)
  VALUES (1, x'01', '张三', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 501, 'active'),
         (2, x'02', '李四', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 501, 'erased'),
         (3, x'03', '王五', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 1231, 'active'),
         (4, x'04', '赵六', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, NULL, 'active');
)sql");
    const char* saleUpdate = "UPDATE OR FAIL members SET points_balance = points_balance + 30 WHERE id = 1";
    // Before the step, the partial index is written by an update that changes none of its columns.
    REQUIRE(writesIndex(db, saleUpdate, "members_birth_active"));
    const QString before = activeBirthdays(db);
    REQUIRE(before == QStringLiteral("1:501;3:1231"));

    store.migrateRest();

    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'members_birth_active'").value_or(-1) == 0);
    CHECK(activeBirthdays(db) == before);
    CHECK(plan(db, "SELECT id, birth_mmdd FROM members WHERE status = 'active' AND birth_mmdd IN (501, 1231)")
              .contains(QStringLiteral("COVERING INDEX members_birth_status")));
    CHECK_FALSE(writesIndex(db, saleUpdate, "members_birth_status"));
    CHECK_FALSE(writesIndex(db, "UPDATE OR FAIL members SET visits = visits + 1, spend_minor = spend_minor + 800,"
                                " last_visit_ms = 1773446400000 WHERE id = 1",
                            "members_birth_status"));
    // A change of birthday or status still maintains it.
    CHECK(writesIndex(db, "UPDATE members SET birth_mmdd = 1224 WHERE id = 1", "members_birth_status"));
    db.exec("UPDATE members SET birth_mmdd = 1231 WHERE id = 1; UPDATE members SET status = 'erased' WHERE id = 3;");
    CHECK(activeBirthdays(db) == QStringLiteral("1:1231"));
    CHECK(db.integrityCheck() == QStringLiteral("ok"));
}
