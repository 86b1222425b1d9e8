// Pending outbox events are read on from a mark in meta since schema step 17 (no index of every
// pending event): the mark moves only over events pushed, an event pushed out of order is skipped,
// and the two lookups of pending events by type keep an index of their own.

#include "StoreBeforeStep.h"
#include "TempStore.h"
#include "TestEnv.h"

#include "store/Migrations.h"

#include <QTemporaryDir>

using namespace patron;
using namespace patron::test;

namespace {

QList<Uuid> appendEvents(TempStore& t, const QString& type, int n)
{
    QList<Uuid> out;
    Transaction tx(t.db());
    for (int i = 0; i < n; ++i)
        out << t.outbox().append(type, 1, {{QStringLiteral("n"), i}}).uuid;
    tx.commit();
    return out;
}

void markPushed(TempStore& t, const QList<Uuid>& uuids)
{
    Transaction tx(t.db());
    t.outbox().markPushed(uuids, QStringLiteral("2026-03-14T10:00:00+08:00"));
    tx.commit();
}

QList<Uuid> pendingUuids(TempStore& t)
{
    QList<Uuid> out;
    for (const OutboxEvent& e : t.outbox().pending(1000))
        out << e.uuid;
    return out;
}

qint64 mark(TempStore& t)
{
    return t.db().queryInt64("SELECT value FROM meta WHERE key = 'outbox_pushed_through'").value_or(-1);
}

QString plan(Database& db, const char* sql)
{
    QStringList out;
    const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + QByteArray(sql);
    Statement s = db.prepare(explain.constData());
    while (s.step())
        out << s.text(3);
    return out.join(u'\n');
}

} // namespace

TEST_CASE("Pending outbox events are read on from the pushed mark", "[outbox]")
{
    TempStore t;
    markPushed(t, pendingUuids(t));  // whatever the new store wrote
    const qint64 start = mark(t);
    const QList<Uuid> e = appendEvents(t, QStringLiteral("x.changed"), 5);
    CHECK(t.outbox().pendingCount() == 5);
    CHECK(pendingUuids(t) == e);

    markPushed(t, {e[0], e[1]});
    CHECK(mark(t) == start + 2);
    CHECK(pendingUuids(t) == QList<Uuid>{e[2], e[3], e[4]});
    CHECK(t.outbox().pendingCount() == 3);

    // Pushed out of order: the mark waits for the event before it, and the pushed one is skipped.
    markPushed(t, {e[3]});
    CHECK(mark(t) == start + 2);
    CHECK(pendingUuids(t) == QList<Uuid>{e[2], e[4]});
    CHECK(t.outbox().pendingCount() == 2);
    CHECK(t.outbox().pending(1).size() == 1);

    markPushed(t, {e[2]});
    CHECK(mark(t) == start + 4);
    CHECK(pendingUuids(t) == QList<Uuid>{e[4]});

    // Marking again, or marking what is unknown, changes nothing.
    markPushed(t, {e[0], Uuid::v7(0)});
    CHECK(mark(t) == start + 4);

    markPushed(t, {e[4]});
    CHECK(mark(t) == start + 5);
    CHECK(t.outbox().pendingCount() == 0);
    CHECK(t.outbox().pending(10).isEmpty());

    // Still there, by id, after they were pushed; the mark survives a restart.
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox WHERE pushed_at IS NOT NULL AND id > ?", start) == 5);
    t.reopen();
    const QList<Uuid> later = appendEvents(t, QStringLiteral("x.changed"), 1);
    CHECK(pendingUuids(t) == later);
}

TEST_CASE("The pending lookups by type keep an index; the push reads by id", "[outbox]")
{
    TempStore t;
    // The SQL of HqReturnAuthority::unpushedReturns and HqWalletReservation::unpushedEntries.
    CHECK(plan(t.db(), "SELECT payload FROM outbox WHERE pushed_at IS NULL AND type = 'sale.returned' ORDER BY id")
              .contains(u"outbox_pending_claims"));
    CHECK(plan(t.db(), "SELECT payload FROM outbox WHERE pushed_at IS NULL AND type = 'wallet.entry' ORDER BY id")
              .contains(u"outbox_pending_claims"));
    CHECK(plan(t.db(), "SELECT id FROM outbox WHERE id > 5 AND pushed_at IS NULL ORDER BY id LIMIT 10")
              .contains(u"INTEGER PRIMARY KEY"));
    CHECK(t.db().queryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'outbox_pending'") == 0);

    markPushed(t, pendingUuids(t));
    const QList<Uuid> returns = appendEvents(t, QStringLiteral("sale.returned"), 2);
    appendEvents(t, QStringLiteral("sale.completed"), 2);
    markPushed(t, {returns[0]});
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox WHERE pushed_at IS NULL AND type = 'sale.returned'") == 1);
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox WHERE pushed_at IS NULL AND type = 'sale.completed'") == 2);
}

TEST_CASE("Schema step 17 sets the pushed mark below the first pending event", "[outbox][migration]")
{
    StoreBeforeStep before(17);
    Database& db = before.db();
    auto event = [&](qint64 id, const char* pushedAt) {
        db.execute("INSERT INTO outbox(id, uuid, type, version, hlc, store_code, till_code, payload, created_at, pushed_at)"
                   " VALUES (?, ?, 'x', 1, 'h', 'S', 'T', '{}', 'c', ?)",
                   id, Uuid::v7(id).bytes(), pushedAt ? std::optional<QString>(QString::fromLatin1(pushedAt)) : std::nullopt);
    };

    SECTION("some pending")
    {
        event(1, "p");
        event(2, "p");
        event(3, nullptr);
        event(4, "p");  // pushed out of order before step 17
        event(5, nullptr);
        before.migrateRest();
        CHECK(db.queryInt64("SELECT value FROM meta WHERE key = 'outbox_pushed_through'") == 2);
    }
    SECTION("all pushed")
    {
        event(1, "p");
        event(2, "p");
        before.migrateRest();
        CHECK(db.queryInt64("SELECT value FROM meta WHERE key = 'outbox_pushed_through'") == 2);
    }
    SECTION("none yet")
    {
        before.migrateRest();
        CHECK(db.queryInt64("SELECT value FROM meta WHERE key = 'outbox_pushed_through'") == 0);
    }
}
