// Pulling from head office: the cursor never skips a row committed late, pages cover everything,
// and a till gets only what it needs.

#include "HqFixture.h"
#include "TestEnv.h"
#include "common/Uuid.h"
#include "hq/HqCatalog.h"
#include "hq/PgTransaction.h"
#include "store/StoreSettings.h"
#include "sync/RulePullHandler.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {
QStringList productKeys(const PullPage& page)
{
    QStringList keys;
    for (const PulledChange& c : page.changes)
        if (c.kind == u"product")
            keys << c.key;
    return keys;
}

HqProduct product(const QString& code)
{
    HqProduct p;
    p.code = code;
    p.name = QStringLiteral("商品 ") + code;
    p.priceMinor = 990;
    return p;
}
} // namespace

TEST_CASE("a row committed late by a concurrent transaction is not skipped by the cursor", "[sync][pull]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    auto tillConn = PgConnection::connect(till.connectInfo());
    REQUIRE_OK(tillConn);
    HqClient client(*tillConn);
    HqCatalog catalog(hq.admin());
    for (int i = 1; i <= 4; ++i)
        REQUIRE_OK(catalog.upsertProduct(product(QString::number(i))));
    auto first = client.pull(QString(), 100);
    REQUIRE_OK(first);
    CHECK(productKeys(*first) == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});

    // Row 5 is written first but stays uncommitted; row 6 commits.
    auto slowConn = PgConnection::connect(hq.database().admin());
    REQUIRE_OK(slowConn);
    PgTransaction slow(*slowConn);
    REQUIRE_OK(slow.begin());
    REQUIRE_OK(HqCatalog(*slowConn).upsertProduct(product(QStringLiteral("5"))));
    REQUIRE_OK(catalog.upsertProduct(product(QStringLiteral("6"))));
    auto second = client.pull(first->cursor, 100);
    REQUIRE_OK(second);
    CHECK_FALSE(productKeys(*second).contains(QStringLiteral("5")));

    REQUIRE_OK(slow.commit());
    auto third = client.pull(second->cursor, 100);
    REQUIRE_OK(third);
    CHECK(productKeys(*third).contains(QStringLiteral("5")));
    // Across the pulls every row arrives exactly once.
    const QStringList all = productKeys(*second) + productKeys(*third);
    CHECK(all.count(QStringLiteral("5")) == 1);
    CHECK(all.count(QStringLiteral("6")) == 1);
    auto fourth = client.pull(third->cursor, 100);
    REQUIRE_OK(fourth);
    CHECK(fourth->changes.isEmpty());
    CHECK(fourth->cursor == third->cursor);
}

TEST_CASE("a malformed cursor is refused, not treated as the start", "[sync][pull]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    auto conn = PgConnection::connect(till.connectInfo());
    REQUIRE_OK(conn);
    auto r = HqClient(*conn).pull(QStringLiteral("c1.'; DROP TABLE hq.events; --"), 10);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(HqClient(*conn).pull(QString(), 0).code() == ErrorCode::InvalidInput);
}

TEST_CASE("pulls page through a large catalog and store it with the cursor", "[sync][pull]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    REQUIRE_OK(hq.admin().exec("INSERT INTO hq.products(code, name, price_minor)"
                               " SELECT 'P' || g, '商品' || g, g FROM generate_series(1, 1234) g"));
    HqCatalog catalog(hq.admin());
    REQUIRE_OK(catalog.setRule(QStringLiteral("points.per_yuan"), 2));
    till.inbox().setHandler(QStringLiteral("rule"), std::make_shared<RulePullHandler>());
    auto r = till.worker().runOnce();
    REQUIRE_OK(r);
    CHECK(r->pulled == 1235);
    CHECK(r->applied == 1);  // the rule; products wait for the catalog's handler
    CHECK(till.inbox().pendingCount() == 1234);
    StoreSettings settings(till.local().db(), till.local().clock());
    CHECK(settings.text(QStringLiteral("hq.rule.points.per_yuan")) == QStringLiteral("[2]"));
    CHECK(till.local().db().queryInt64("SELECT count(DISTINCT key) FROM hq_inbox WHERE kind = 'product'") == 1234);

    REQUIRE_OK(catalog.setRule(QStringLiteral("points.per_yuan"), 3));
    auto again = till.worker().runOnce();
    REQUIRE_OK(again);
    CHECK(again->pulled == 1);
    CHECK(settings.text(QStringLiteral("hq.rule.points.per_yuan")) == QStringLiteral("[3]"));
}

TEST_CASE("a till pulls its own store's members and other stores' entries for them, nothing else", "[sync][pull]")
{
    HqFixture hq;
    TestTill a(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill a2(hq, QStringLiteral("SH01"), QStringLiteral("T2"));
    TestTill b(hq, QStringLiteral("BJ01"), QStringLiteral("T1"));
    const QString mine = Uuid::v7(10).toString(), theirs = Uuid::v7(11).toString();
    a.record(QStringLiteral("member.registered"), 2,
           {{QStringLiteral("member_uuid"), mine}, {QStringLiteral("mobile"), QStringLiteral("13900000001")},
            {QStringLiteral("name"), QStringLiteral("李四")}, {QStringLiteral("marketing_consent"), true}});
    b.record(QStringLiteral("member.registered"), 2,
           {{QStringLiteral("member_uuid"), theirs}, {QStringLiteral("mobile"), QStringLiteral("13900000002")},
            {QStringLiteral("name"), QStringLiteral("王五")}});
    // Store B serves A's member (found by an online lookup) and gives them points.
    REQUIRE_OK(a.worker().runOnce());
    REQUIRE_OK(b.worker().runOnce());
    auto bConn = PgConnection::connect(b.connectInfo());
    REQUIRE_OK(bConn);
    auto found = HqClient(*bConn).lookupMember(QStringLiteral("13900000001"));
    REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    b.record(QStringLiteral("points.entry"), 1,
           {{QStringLiteral("entry_uuid"), Uuid::v7(12).toString()}, {QStringLiteral("member_uuid"), mine},
            {QStringLiteral("points"), 50}, {QStringLiteral("reason"), QStringLiteral("earn")}});
    REQUIRE_OK(b.worker().runOnce());

    REQUIRE_OK(a2.worker().runOnce());
    auto& db = a2.local().db();
    CHECK(db.queryInt64("SELECT count(*) FROM hq_inbox WHERE kind = 'member' AND key = ?", mine) >= 1);
    CHECK(db.queryInt64("SELECT count(*) FROM hq_inbox WHERE kind = 'member' AND key = ?", theirs) == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM hq_inbox WHERE kind = 'points'") == 1);
    // Till A1 does not get its own entries back, but B's entry for its member.
    REQUIRE_OK(a.worker().runOnce());
    CHECK(a.local().db().queryInt64("SELECT count(*) FROM hq_inbox WHERE kind = 'points'") == 1);
}
