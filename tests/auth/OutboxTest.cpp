#include "TempStore.h"
#include "TestEnv.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("Outbox events are written atomically with the change they describe", "[outbox]")
{
    TempStore t;
    const qint64 base = t.outbox().pendingCount();
    {
        Transaction tx(t.db());
        t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('price', '1', 'x')");
        t.outbox().append(QStringLiteral("settings.changed"), 1, {{QStringLiteral("key"), QStringLiteral("price")}});
        // rolled back: neither the change nor its event
    }
    CHECK(t.outbox().pendingCount() == base);
    CHECK(t.db().queryInt64("SELECT count(*) FROM settings") == 0);

    auto failed = guarded([&] {
        Transaction tx(t.db());
        t.outbox().append(QStringLiteral("settings.changed"), 1, {});
        t.db().execute("INSERT INTO no_such_table VALUES (1)");
        tx.commit();
    });
    CHECK_FALSE(failed.ok());
    CHECK(t.outbox().pendingCount() == base);

    OutboxEvent first, second;
    {
        Transaction tx(t.db());
        t.db().execute("INSERT INTO settings(key, value, updated_at) VALUES ('price', '2', 'x')");
        first = t.outbox().append(QStringLiteral("settings.changed"), 1, {{QStringLiteral("key"), QStringLiteral("price")}});
        second = t.outbox().append(QStringLiteral("settings.changed"), 2, {{QStringLiteral("金额_minor"), 1999}});
        tx.commit();
    }
    CHECK(t.outbox().pendingCount() == base + 2);
    CHECK(first.uuid < second.uuid);
    CHECK(first.hlc < second.hlc);
    CHECK(first.storeCode == QStringLiteral("SH01"));
    CHECK(first.tillCode == QStringLiteral("T1"));
    const auto pending = t.outbox().pending(1000);
    REQUIRE(pending.size() == base + 2);
    CHECK(pending.back().payload.value(QStringLiteral("金额_minor")).toInteger() == 1999);
    CHECK(pending.back().version == 2);

    // Marked pushed only for what head office acknowledged; repeating it is harmless.
    {
        Transaction tx(t.db());
        t.outbox().markPushed({first.uuid}, QStringLiteral("2026-03-14T10:00:00+08:00"));
        t.outbox().markPushed({first.uuid}, QStringLiteral("2026-03-14T11:00:00+08:00"));
        tx.commit();
    }
    CHECK(t.outbox().pendingCount() == base + 1);
    CHECK(t.db().queryText("SELECT pushed_at FROM outbox WHERE uuid = ?", first.uuid.bytes()) == QStringLiteral("2026-03-14T10:00:00+08:00"));
}

TEST_CASE("The HLC continues after a restart even if the wall clock went back", "[outbox][hlc]")
{
    TempStore t;
    OutboxEvent a;
    {
        Transaction tx(t.db());
        a = t.outbox().append(QStringLiteral("x"), 1, {});
        tx.commit();
    }
    t.reopen();
    t.clock().advanceSecs(-3600);
    OutboxEvent b;
    {
        Transaction tx(t.db());
        b = t.outbox().append(QStringLiteral("x"), 1, {});
        tx.commit();
    }
    CHECK(HlcTimestamp::parse(a.hlc) < HlcTimestamp::parse(b.hlc));
}
