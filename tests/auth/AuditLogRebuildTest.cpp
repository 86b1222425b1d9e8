// Schema step 22: the audit log rebuilt without UNIQUE(uuid). The chain, its head and the
// void index survive; records appended afterwards extend the same chain.

#include "StoreBeforeStep.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

QList<QByteArray> rows(Database& db)
{
    QList<QByteArray> out;
    Statement s = db.prepare("SELECT id, uuid, at, user_name, action, subject, details, prev_hash, hash FROM audit_log ORDER BY id");
    while (s.step()) {
        QByteArray row = QByteArray::number(s.int64(0));
        for (int c = 1; c < 9; ++c)
            row += '|' + s.blob(c).toHex();
        out << row;
    }
    return out;
}

} // namespace

TEST_CASE("Schema step 22 keeps every audit record, the chain and its head, without the uuid b-tree", "[auth][audit][migration]")
{
    StoreBeforeStep store(22);
    Database& db = store.db();
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600)));
    AuditLog audit(db, clock);
    {
        Transaction tx(db);
        for (int i = 0; i < 40; ++i) {
            clock.advanceSecs(1);
            audit.append(i % 3 ? QStringLiteral("li") : QStringLiteral("王芳"),
                         i % 7 ? QStringLiteral("sale.complete") : QStringLiteral("sale.void"),
                         QStringLiteral("R%1").arg(i), {{QStringLiteral("n"), i}});
        }
        tx.commit();
    }
    REQUIRE(audit.verify().ok);
    const QList<QByteArray> before = rows(db);
    const QString head = db.queryText("SELECT value FROM meta WHERE key = 'audit_head'").value_or(QString());
    REQUIRE(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'audit_log' AND name LIKE 'sqlite_autoindex%'") == 1);

    store.migrateRest();

    CHECK(rows(db) == before);
    CHECK(db.queryText("SELECT value FROM meta WHERE key = 'audit_head'").value_or(QString()) == head);
    const AuditVerification v = audit.verify();
    CHECK(v.ok);
    CHECK(v.records == before.size());
    // Only the void index is left on the log.
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'audit_log' AND type = 'index'") == 1);
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log_voids'") == 1);
    CHECK(db.queryText("PRAGMA integrity_check").value_or(QString()) == QStringLiteral("ok"));
    CHECK(db.queryInt64("SELECT count(*) FROM audit_log WHERE action = 'sale.void' AND at >= '2026-11-23' AND at < '2026-11-24'") == 6);

    // The chain goes on from the same head, and a tampered record is still found.
    {
        Transaction tx(db);
        audit.append(QStringLiteral("li"), QStringLiteral("shift.close"), QStringLiteral("S1"));
        tx.commit();
    }
    CHECK(audit.verify().ok);
    CHECK(audit.verify().records == before.size() + 1);
    db.execute("UPDATE audit_log SET subject = 'R99' WHERE subject = 'R5'");
    CHECK_FALSE(audit.verify().ok);
}
