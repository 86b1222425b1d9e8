// Schema step 25: the partial birthday index replaced by a plain one, and the RFM index keyed by
// member first (then status, visits, last visit, spend). The queries that read them answer the same from index entries only; an
// update of a member's balances no longer writes to the birthday index (SQLite 3.15 rewrites a
// partial index's entry on every update of the row), and a visit replaces the member's RFM entry
// where it is instead of moving it.

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

QString rfm(Database& db)
{
    QStringList out;
    Statement s = db.prepare("SELECT id, last_visit_ms, visits, spend_minor FROM members WHERE status = 'active' AND visits > 0"
                             " ORDER BY id");
    while (s.step())
        out << QStringList{s.text(0), s.text(1), s.text(2), s.text(3)}.join(u'|');
    return out.join(u';');
}

QString repeatRate(Database& db)
{
    Statement s = db.prepare("SELECT coalesce(sum(visits >= 1), 0), coalesce(sum(visits >= 2), 0) FROM members"
                             " WHERE status = 'active' AND visits >= 1");
    s.step();
    return s.text(0) + u'/' + s.text(1);
}

QString indexColumns(Database& db, const char* index)
{
    QStringList out;
    const QByteArray sql = QByteArray("PRAGMA index_info(") + index + ")";
    Statement s = db.prepare(sql.constData());
    while (s.step())
        out << s.text(2);
    return out.join(u',');
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

TEST_CASE("Schema step 25 keeps birthdays and RFM answered from indexes a sale writes in place", "[members][migration]")
{
    StoreBeforeStep store(25);
    Database& db = store.db();
    db.exec(R"sql(
INSERT INTO members(id, uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms, birth_mmdd, status,
                    visits, last_visit_ms, spend_minor)
  VALUES (1, x'01', '张三', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 501, 'active', 3, 1773500000000, 9000),
         (2, x'02', '李四', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 501, 'erased', 5, 1773400000000, 100),
         (3, x'03', '王五', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, 1231, 'active', 1, 1773600000000, 2500),
         (4, x'04', '赵六', 1773446400000, 'SH01', 'base', 1773446400000, '', 0, NULL, 'active', 0, NULL, 0);
)sql");
    const char* saleUpdate = "UPDATE OR FAIL members SET points_balance = points_balance + 30 WHERE id = 1";
    // Before the step, the partial index is written by an update that changes none of its columns.
    REQUIRE(writesIndex(db, saleUpdate, "members_birth_active"));
    const QString before = activeBirthdays(db);
    REQUIRE(before == QStringLiteral("1:501;3:1231"));
    const QString rfmBefore = rfm(db);
    REQUIRE(rfmBefore == QStringLiteral("1|1773500000000|3|9000;3|1773600000000|1|2500"));
    const QString repeatBefore = repeatRate(db);
    REQUIRE(repeatBefore == QStringLiteral("2/1"));

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

    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'members_rfm'").value_or(-1) == 0);
    CHECK(rfm(db) == QStringLiteral("1|1773500000000|3|9000"));  // member 3 was erased above
    db.exec("UPDATE members SET status = 'active' WHERE id = 3;");
    CHECK(rfm(db) == rfmBefore);
    CHECK(repeatRate(db) == repeatBefore);
    CHECK(plan(db, "SELECT id, last_visit_ms, visits, spend_minor FROM members WHERE status = 'active' AND visits > 0")
              .contains(QStringLiteral("COVERING INDEX members_rfm_by_id")));
    CHECK(plan(db, "SELECT coalesce(sum(visits >= 1), 0), coalesce(sum(visits >= 2), 0) FROM members"
                   " WHERE status = 'active' AND visits >= 1")
              .contains(QStringLiteral("COVERING INDEX members_rfm_by_id")));
    // Keyed by what a visit does not change, so the entry is replaced where it is.
    CHECK(indexColumns(db, "members_rfm_by_id") == QStringLiteral("id,status,visits,last_visit_ms,spend_minor"));
    // Lookups by another index keep it (the member search by the last 4 digits of the mobile).
    CHECK(plan(db, "SELECT id FROM members WHERE mobile_last4 = '5678' AND status = 'active' ORDER BY id LIMIT 20")
              .contains(QStringLiteral("INDEX members_last4")));
    db.exec("UPDATE OR FAIL members SET visits = visits + 1, spend_minor = spend_minor + 800,"
            " last_visit_ms = 1773700000000 WHERE id = 4;");
    CHECK(rfm(db).endsWith(QStringLiteral(";4|1773700000000|1|800")));
    CHECK(db.integrityCheck() == QStringLiteral("ok"));
}
