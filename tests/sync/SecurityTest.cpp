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
                            "CREATE TABLE hq.mine (x int)", "SELECT * FROM hq.wallet_reservations",
                            "DELETE FROM hq.wallet_reservations", "SELECT * FROM hq.event_formats",
                            "SELECT hq.apply_member_merged(e, '{}') FROM hq.events e"}) {
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

TEST_CASE("a till's re-pull feeds hand it only its own entries and receipt numbers", "[sync][security][restore]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill b(hq, QStringLiteral("SH01"), QStringLiteral("T2"));
    const QString member = Uuid::v7(1).toString();
    a.record(QStringLiteral("member.registered"), 2,
             {{QStringLiteral("member_uuid"), member}, {QStringLiteral("mobile"), QStringLiteral("13500000001")},
              {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("marketing_consent"), false}});
    for (TestTill* t : {&a, &b}) {
        t->record(QStringLiteral("points.entry"), 1,
                  {{QStringLiteral("entry_uuid"), Uuid::v7(t->local().clock().nowMs()).toString()},
                   {QStringLiteral("member_uuid"), member}, {QStringLiteral("points"), 10},
                   {QStringLiteral("reason"), QStringLiteral("earn")}});
        SaleEvent sale = makeSale(t == &a ? 11 : 12, 2, t->local().clock().now(), t->local().store().identity());
        sale.payload.insert(QStringLiteral("receipt_no"),
                            QStringLiteral("RSH01-%1-3-0000%2").arg(t->local().store().identity().tillCode).arg(t == &a ? 99 : 42));
        t->record(QStringLiteral("sale.completed"), 1, sale.payload);
    }
    REQUIRE_OK(a.worker().runOnce());
    REQUIRE_OK(b.worker().runOnce());
    auto conn = PgConnection::connect(b.connectInfo());
    REQUIRE_OK(conn);
    HqClient client(*conn);
    auto page = client.ownEntries(0, 100);
    REQUIRE_OK(page);
    REQUIRE(page->changes.size() == 1);
    CHECK(page->changes.first().kind == QStringLiteral("points"));
    CHECK(page->changes.first().data.value(QStringLiteral("till_code")).toString() == QStringLiteral("T2"));
    CHECK_FALSE(page->more);
    auto next = client.ownEntries(page->cursor.toLongLong(), 100);
    REQUIRE_OK(next);
    CHECK(next->changes.isEmpty());
    CHECK(client.ownEntries(0, 0).code() == ErrorCode::InvalidInput);
    auto receipts = client.ownReceipts();
    REQUIRE_OK(receipts);
    REQUIRE(receipts->size() == 1);
    CHECK(receipts->first().epoch == 3);
    CHECK(receipts->first().lastSeq == 42);
}
