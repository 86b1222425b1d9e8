// Schema step 20: the back office's filter lists and the X/Z report's void count without the
// (action, at) index every sale used to write. Step 21: the lists kept by AuditLog, not a trigger.

#include "StoreBeforeStep.h"
#include "TestEnv.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

QStringList facets(Database& db, const char* kind)
{
    Statement s = db.prepare("SELECT value FROM audit_facets WHERE kind = ? ORDER BY value");
    s.bind(1, QString::fromLatin1(kind));
    QStringList out;
    while (s.step())
        out << s.text(0);
    return out;
}

} // namespace

TEST_CASE("Schema step 20 lists the log's actions and users and counts voids by a partial index", "[auth][audit][migration]")
{
    StoreBeforeStep store(20);
    Database& db = store.db();
    db.exec(R"sql(
INSERT INTO audit_log(uuid, at, user_name, action, subject, details, prev_hash, hash) VALUES
  (x'01', '2026-03-14T10:00:00+08:00', 'li', 'sale.completed', 'R1', '{}', x'00', x'01'),
  (x'02', '2026-03-14T10:05:00+08:00', 'li', 'sale.void', 'C1', '{}', x'01', x'02'),
  (x'03', '2026-03-14T11:00:00+08:00', 'wang', 'sale.void', 'C2', '{}', x'02', x'03'),
  (x'04', '2026-03-15T09:00:00+08:00', 'wang', 'shift.open', 'S1', '{}', x'03', x'04');
)sql");
    store.migrateRest();

    CHECK(facets(db, "action") == QStringList{QStringLiteral("sale.completed"), QStringLiteral("sale.void"),
                                              QStringLiteral("shift.open")});
    CHECK(facets(db, "user") == QStringList{QStringLiteral("li"), QStringLiteral("wang")});
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log_action_at'") == 0);
    // Step 21: no trigger on the log any more (it cost every record a statement journal).
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'") == 0);

    // The X/Z report's count reads the partial index, which holds the voids only.
    const char* const voids = "SELECT count(*) FROM audit_log WHERE action = 'sale.void' AND at >= ? AND at < ?";
    CHECK(db.queryInt64(voids, QStringLiteral("2026-03-14"), QStringLiteral("2026-03-16")) == 2);
    Statement plan = db.prepare(QByteArray("EXPLAIN QUERY PLAN ").append(voids).constData());
    plan.bindAll(QStringLiteral("2026-03-14"), QStringLiteral("2026-03-16"));
    REQUIRE(plan.step());
    INFO(plan.text(3).toStdString());
    CHECK(plan.text(3).contains(QStringLiteral("audit_log_voids")));

    // New records keep the lists; a value already listed changes nothing.
    ManualClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone(8 * 3600)));
    AuditLog audit(db, clock);
    {
        Transaction tx(db);
        audit.append(QStringLiteral("zhang"), QStringLiteral("price.changed"), QStringLiteral("P1"));
        audit.append(QStringLiteral("li"), QStringLiteral("sale.void"), QStringLiteral("C3"));
        tx.commit();
    }
    CHECK(facets(db, "action").size() == 4);
    CHECK(facets(db, "action").contains(QStringLiteral("price.changed")));
    CHECK(facets(db, "user") == QStringList{QStringLiteral("li"), QStringLiteral("wang"), QStringLiteral("zhang")});
    CHECK(db.queryInt64(voids, QStringLiteral("2026-03-14"), QStringLiteral("2026-03-16")) == 3);
}
