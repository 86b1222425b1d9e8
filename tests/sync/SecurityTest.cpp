// What a till's role may and may not do at head office.

#include "HqFixture.h"
#include "SaleEvents.h"
#include "TestEnv.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

TEST_CASE("a till cannot read head-office tables, write them directly, or provision", "[sync][security]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill b(hq, QStringLiteral("BJ01"), QStringLiteral("T1"));
    b.sell(7);
    REQUIRE_OK(b.worker().runOnce());
    auto conn = PgConnection::connect(a.connectInfo());
    REQUIRE_OK(conn);
    for (const char* sql : {"SELECT * FROM hq.sales", "SELECT * FROM hq.events", "SELECT * FROM hq.members",
                            "SELECT * FROM hq.tills", "UPDATE hq.sales SET total_minor = 0",
                            "INSERT INTO hq.products(code, name, price_minor) VALUES ('X', 'x', 1)",
                            "DELETE FROM hq.events", "SELECT hq.add_till('SH01', 'T9', 'aaaaaaaaaaaaaaaaaaaa')",
                            "SELECT hq.revoke_till('BJ01', 'T1')", "SELECT hq.reapply()",
                            "CREATE TABLE hq.mine (x int)"}) {
        INFO(sql);
        auto r = conn->exec(sql);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::PermissionDenied);
    }
    CHECK(hq.scalar("SELECT count(*) FROM hq.sales") == 1);
}

TEST_CASE("a till cannot push events as another store or till", "[sync][security]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill b(hq, QStringLiteral("BJ01"), QStringLiteral("T1"));
    (void)b;
    auto conn = PgConnection::connect(a.connectInfo());
    REQUIRE_OK(conn);
    a.sell(3);
    QList<OutboxEvent> events = a.local().outbox().pending(10);
    REQUIRE_FALSE(events.isEmpty());
    for (const char* store : {"BJ01", "SH01"}) {
        QList<OutboxEvent> forged = events;
        forged.back().storeCode = QString::fromLatin1(store);
        forged.back().tillCode = QStringLiteral("T2");
        if (qstrcmp(store, "BJ01") == 0)
            forged.back().tillCode = QStringLiteral("T1");
        auto r = HqClient(*conn).push(forged);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::PermissionDenied);
    }
    CHECK(hq.scalar("SELECT count(*) FROM hq.events") == 0);  // the whole batch was refused
}

TEST_CASE("a revoked till can no longer push, even on a connection it already had", "[sync][security]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    a.sell(1);
    REQUIRE_OK(a.worker().runOnce());
    auto open = PgConnection::connect(a.connectInfo());
    REQUIRE_OK(open);
    REQUIRE_OK(HqProvisioning(hq.admin()).revokeTill(QStringLiteral("SH01"), QStringLiteral("T1")));

    a.sell(2);
    auto pushed = HqClient(*open).push(a.local().outbox().pending(10));
    REQUIRE_FALSE(pushed.ok());
    CHECK(pushed.code() == ErrorCode::PermissionDenied);
    CHECK(HqClient(*open).pull(QString(), 10).code() == ErrorCode::PermissionDenied);

    a.worker().disconnect();
    auto r = a.worker().runOnce();
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::AuthFailed);
    CHECK(a.local().outbox().pendingCount() == 1);  // kept for when the till is re-provisioned
    CHECK(hq.scalar("SELECT count(*) FROM hq.sales") == 1);
    const SyncStatus s = a.state().status(a.local().outbox().pendingCount(), true);
    CHECK(s.lastErrorCode == QStringLiteral("auth_failed"));
    CHECK(s.pendingEvents == 1);
}
