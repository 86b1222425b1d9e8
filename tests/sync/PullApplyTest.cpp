// Pulled changes reach the till's own tables: head office's products in the catalog (without
// going back out as events), members and other stores' ledger entries, profile edits resolved by
// HLC, duplicates counted once, and a restored till re-pulls before it sells.

#include "HqFixture.h"
#include "TestEnv.h"
#include "catalog/ProductCatalog.h"
#include "common/Uuid.h"
#include "hq/HqCatalog.h"
#include "members/MembersModule.h"
#include "store/Database.h"
#include "sync/PullHandlers.h"
#include "sync/ResyncGate.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

// A till with every pull handler installed, as the till's sync thread has it.
struct SyncedTill {
    TestTill till;
    PullHandlers handlers;
    SyncedTill(HqFixture& hq, const QString& store)
        : till(hq, store, QStringLiteral("T1")), handlers(till.local().db(), till.local().outbox(), till.local().clock())
    {
        handlers.install(till.inbox());
    }
    Database& db() { return till.local().db(); }
    void sync() { REQUIRE_OK(till.worker().runOnce()); }
    qint64 int64(const char* sql, const QByteArray& blob)
    {
        auto v = db().queryInt64(sql, blob);
        REQUIRE(v);
        return *v;
    }
    QString text(const char* sql, const QByteArray& blob) { return db().queryText(sql, blob).value_or(QString()); }
};

QJsonObject registration(const QString& uuid, const QString& mobile, const QString& name)
{
    return {{QStringLiteral("member_uuid"), uuid}, {QStringLiteral("mobile"), mobile}, {QStringLiteral("name"), name},
            {QStringLiteral("marketing_consent"), false}};
}

QJsonObject points(const Uuid& entry, const QString& member, qint64 amount, const char* reason)
{
    return {{QStringLiteral("entry_uuid"), entry.toString()}, {QStringLiteral("member_uuid"), member},
            {QStringLiteral("points"), amount}, {QStringLiteral("reason"), QLatin1String(reason)}};
}

QJsonObject rename(const QString& member, const QString& name)
{
    return {{QStringLiteral("member_uuid"), member}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), name}}}};
}

QString hqName(HqFixture& hq, const QString& uuid)
{
    auto r = hq.admin().exec("SELECT name FROM hq.members WHERE uuid = $1::uuid", {uuid});
    REQUIRE_OK(r);
    REQUIRE(r->rows() == 1);
    return r->text(0, 0);
}

// Store B serves a member of store A: it looks them up at head office, so head office sends B
// their changes and other stores' entries from then on.
void lookUp(SyncedTill& b, const QString& mobile)
{
    auto conn = PgConnection::connect(b.till.connectInfo());
    REQUIRE_OK(conn);
    auto found = HqClient(*conn).lookupMember(mobile);
    REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
}

// Both tills' clocks at `ms` after a common start well past anything either has stamped yet.
qint64 startOf(SyncedTill& a, SyncedTill& b)
{
    return std::max(a.till.local().clock().nowMs(), b.till.local().clock().nowMs()) + 3'600'000;
}
void at(SyncedTill& t, qint64 start, qint64 ms) { t.till.local().clock().set(QDateTime::fromMSecsSinceEpoch(start + ms, Qt::UTC)); }

const char* kBalance = "SELECT points_balance FROM members WHERE uuid = ?";
const char* kLedgerSum = "SELECT coalesce(sum(amount), 0) FROM points_entries e JOIN members m ON m.id = e.member_id WHERE m.uuid = ?";
const char* kLots = "SELECT coalesce(sum(remaining - unsettled), 0) FROM points_entries e JOIN members m ON m.id = e.member_id"
                    " WHERE m.uuid = ?";
const char* kName = "SELECT name FROM members WHERE uuid = ?";
} // namespace

TEST_CASE("a product created at head office appears in the till's catalog and is not sent back", "[sync][pullapply]")
{
    HqFixture hq;
    SyncedTill t(hq, QStringLiteral("SH01"));
    HqProduct p;
    p.code = QStringLiteral("HQ-001");
    p.barcode = QStringLiteral("6901234567892");
    p.name = QStringLiteral("矿泉水 550ml");
    p.priceMinor = 250;
    p.memberPriceMinor = 220;
    p.costMinor = 120;
    p.taxRateBp = 1300;
    p.category = QStringLiteral("饮料/水");
    REQUIRE_OK(HqCatalog(hq.admin()).upsertProduct(p));
    HqProduct bad = p;
    bad.code = QStringLiteral("HQ-BAD");
    bad.barcode = QStringLiteral("6901234567891");  // wrong check digit: skipped, never blocks the rest
    REQUIRE_OK(HqCatalog(hq.admin()).upsertProduct(bad));
    const auto eventsBefore = t.db().queryInt64("SELECT count(*) FROM outbox");

    t.sync();
    ProductCatalog catalog(t.db(), t.till.local().audit(), t.till.local().outbox(), t.till.local().clock());
    auto got = catalog.findBySku(QStringLiteral("HQ-001"));
    REQUIRE(got);
    CHECK(got->name == QStringLiteral("矿泉水 550ml"));
    CHECK(got->priceMinor == 250);
    CHECK(got->memberPriceMinor == std::optional<qint64>(220));
    CHECK(got->costMinor == 120);
    CHECK(got->taxBp == 1300);
    CHECK(got->categoryPath == QStringLiteral("饮料/水"));
    auto byScan = catalog.lookupCode(QStringLiteral("6901234567892"));
    REQUIRE_OK(byScan);
    CHECK(byScan->sku == QStringLiteral("HQ-001"));
    CHECK_FALSE(catalog.findBySku(QStringLiteral("HQ-BAD")));
    CHECK(t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'sync.pull.refused' AND subject = 'HQ-BAD'") == 1);
    CHECK(t.till.inbox().pendingCount() == 0);
    // Head office owns the product: nothing about it goes back out.
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox") == eventsBefore);
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'product.changed'") == 0);

    // A price change and the member price withdrawn at head office.
    p.priceMinor = 280;
    p.memberPriceMinor.reset();
    REQUIRE_OK(HqCatalog(hq.admin()).upsertProduct(p));
    t.sync();
    got = catalog.findBySku(QStringLiteral("HQ-001"));
    CHECK(got->priceMinor == 280);
    CHECK_FALSE(got->memberPriceMinor);
    // A product deleted at head office stops selling; old sales still name it.
    REQUIRE_OK(hq.admin().exec("DELETE FROM hq.products WHERE code = 'HQ-001'"));
    t.sync();
    got = catalog.findBySku(QStringLiteral("HQ-001"));
    REQUIRE(got);
    CHECK_FALSE(got->active);
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'product.changed'") == 0);
}

TEST_CASE("points earned at store A show at store B once B knows the member, each entry counted once",
          "[sync][pullapply]")
{
    HqFixture hq;
    SyncedTill a(hq, QStringLiteral("SH01"));
    SyncedTill b(hq, QStringLiteral("BJ01"));
    const Uuid member = Uuid::v7(1000);
    const QString m = member.toString();
    a.till.record(QStringLiteral("member.registered"), 2, registration(m, QStringLiteral("13800138000"), QStringLiteral("张三")));
    a.till.record(QStringLiteral("points.entry"), 1, points(Uuid::v7(1001), m, 120, "earn"));
    a.sync();

    // B does not know the member yet: nothing of theirs arrives.
    b.sync();
    CHECK_FALSE(b.db().queryInt64("SELECT id FROM members WHERE uuid = ?", member.bytes()));

    lookUp(b, QStringLiteral("13800138000"));
    // Head office hands out what B now needs after B's cursor; the registration was before it,
    // so a later change brings the profile (as serving the member at B does in the till).
    a.till.record(QStringLiteral("member.updated"), 1, rename(m, QStringLiteral("张三丰")));
    a.till.record(QStringLiteral("points.entry"), 1, points(Uuid::v7(1002), m, 30, "earn"));
    a.sync();
    b.sync();
    REQUIRE(b.db().queryInt64("SELECT id FROM members WHERE uuid = ?", member.bytes()));
    CHECK(b.text(kName, member.bytes()) == QStringLiteral("张三丰"));
    CHECK(b.text("SELECT home_store FROM members WHERE uuid = ?", member.bytes()) == QStringLiteral("SH01"));
    CHECK(b.int64(kBalance, member.bytes()) == 30);
    CHECK(b.int64(kLedgerSum, member.bytes()) == 30);

    // A redemption at A; then the same entry arrives twice (a re-pull): counted once.
    const Uuid redeem = Uuid::v7(1003);
    a.till.record(QStringLiteral("points.entry"), 1, points(redeem, m, -20, "redeem"));
    a.sync();
    b.sync();
    CHECK(b.int64(kBalance, member.bytes()) == 10);
    PulledChange again;
    again.kind = QStringLiteral("points");
    again.key = redeem.toString();
    again.data = {{QStringLiteral("uuid"), again.key}, {QStringLiteral("member_uuid"), m}, {QStringLiteral("points"), -20},
                  {QStringLiteral("reason"), QStringLiteral("redeem")}, {QStringLiteral("store_code"), QStringLiteral("SH01")},
                  {QStringLiteral("till_code"), QStringLiteral("T1")}};
    {
        Transaction tx(b.db());
        b.till.inbox().store({again, again});
        tx.commit();
    }
    auto applied = b.till.inbox().applyPending();
    REQUIRE_OK(applied);
    CHECK(*applied == 2);
    CHECK(b.int64(kBalance, member.bytes()) == 10);
    CHECK(b.int64(kLedgerSum, member.bytes()) == 10);
    CHECK(b.int64(kLots, member.bytes()) == 10);
    MembersModule members(b.db(), b.till.local().clock(), b.till.local().audit(), b.till.local().outbox(),
                          QStringLiteral("BJ01"), InitialsFn());
    auto check = members.points().check(b.int64("SELECT id FROM members WHERE uuid = ?", member.bytes()));
    REQUIRE_OK(check);
    CHECK(check->ok());
    CHECK(b.db().queryInt64("SELECT count(*) FROM points_entries WHERE uuid = ?", redeem.bytes()) == 1);
}

TEST_CASE("a merged balance below zero is kept and listed, never fixed", "[sync][pullapply]")
{
    HqFixture hq;
    SyncedTill a(hq, QStringLiteral("SH01"));
    SyncedTill b(hq, QStringLiteral("BJ01"));
    const Uuid member = Uuid::v7(2000);
    const QString m = member.toString();
    b.till.record(QStringLiteral("member.registered"), 2, registration(m, QStringLiteral("13900139000"), QStringLiteral("李四")));
    b.till.record(QStringLiteral("points.entry"), 1, points(Uuid::v7(2001), m, 50, "earn"));
    b.sync();
    lookUp(a, QStringLiteral("13900139000"));
    a.sync();
    const qint64 id = a.int64("SELECT id FROM members WHERE uuid = ?", member.bytes());
    MembersModule members(a.db(), a.till.local().clock(), a.till.local().audit(), a.till.local().outbox(),
                          QStringLiteral("SH01"), InitialsFn());
    CHECK(a.int64(kBalance, member.bytes()) == 50);

    // Offline, each store lets the member spend 40 of the 50.
    REQUIRE_OK(members.points().adjust(a.till.local().admin(), id, -40, QStringLiteral("gift")));
    b.till.record(QStringLiteral("points.entry"), 1, points(Uuid::v7(2003), m, -40, "redeem"));
    b.sync();
    a.sync();
    CHECK(a.int64(kBalance, member.bytes()) == -30);
    auto check = members.points().check(id);
    REQUIRE_OK(check);
    CHECK(check->ledgerSum == -30);
    CHECK(check->ok());
    auto negative = members.points().negativeBalances();
    REQUIRE_OK(negative);
    REQUIRE(negative->size() == 1);
    CHECK(negative->first() == std::make_pair(id, qint64(-30)));
    CHECK(a.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'member.points.negative' AND subject = ?", m) == 1);
}

TEST_CASE("concurrent profile edits resolve by HLC at every till, and pulling advances the till's clock",
          "[sync][pullapply]")
{
    HqFixture hq;
    SyncedTill a(hq, QStringLiteral("SH01"));
    SyncedTill b(hq, QStringLiteral("BJ01"));
    const Uuid member = Uuid::v7(3000);
    const QString m = member.toString();
    const qint64 start = startOf(a, b);
    at(a, start, 1'000'000);
    at(b, start, 1'000'000);
    a.till.record(QStringLiteral("member.registered"), 2, registration(m, QStringLiteral("13700137000"), QStringLiteral("王五")));
    a.sync();
    lookUp(b, QStringLiteral("13700137000"));
    a.till.record(QStringLiteral("member.updated"), 1, rename(m, QStringLiteral("王五")));
    a.sync();
    b.sync();
    REQUIRE(b.text(kName, member.bytes()) == QStringLiteral("王五"));

    // B edits locally at t=2000 s (as MemberService does: the row takes the event's HLC); A edits
    // later, at t=3000 s. A's edit is newer and wins at B.
    auto localEdit = [&](SyncedTill& t, const QString& name) {
        const OutboxEvent e = t.till.record(QStringLiteral("member.updated"), 1, rename(m, name));
        t.db().execute("UPDATE members SET name = ?, hlc = ? WHERE uuid = ?", name, e.hlc, member.bytes());
        return HlcTimestamp::parse(e.hlc);
    };
    at(b, start, 2'000'000);
    localEdit(b, QStringLiteral("B-2000"));
    at(a, start, 3'000'000);
    const HlcTimestamp aEdit = localEdit(a, QStringLiteral("A-3000"));
    a.sync();
    b.sync();
    CHECK(hqName(hq, m) == QStringLiteral("A-3000"));
    CHECK(b.text(kName, member.bytes()) == QStringLiteral("A-3000"));
    // B's wall clock is still at 2000 s, but its next event orders after A's edit.
    const HlcTimestamp next = HlcTimestamp::parse(b.till.record(QStringLiteral("user.changed"), 1,
                                                                {{QStringLiteral("name"), QStringLiteral("x")}}).hlc);
    CHECK(aEdit < next);

    // Now B's edit is the newer one but A's arrives at head office first: B keeps its own.
    at(b, start, 5'000'000);
    localEdit(b, QStringLiteral("B-5000"));
    at(a, start, 4'000'000);
    localEdit(a, QStringLiteral("A-4000"));
    a.sync();
    b.sync();
    a.sync();
    CHECK(hqName(hq, m) == QStringLiteral("B-5000"));
    CHECK(b.text(kName, member.bytes()) == QStringLiteral("B-5000"));
    CHECK(a.text(kName, member.bytes()) == QStringLiteral("B-5000"));

    // Same wall time and counter at both tills: the node name decides, the same way everywhere.
    at(a, start, 9'000'000);
    at(b, start, 9'000'000);
    const HlcTimestamp ta = localEdit(a, QStringLiteral("A-tie"));
    const HlcTimestamp tb = localEdit(b, QStringLiteral("B-tie"));
    REQUIRE(ta.wallMs == tb.wallMs);
    REQUIRE(ta.counter == tb.counter);
    const QString winner = tb.node > ta.node ? QStringLiteral("B-tie") : QStringLiteral("A-tie");
    b.sync();
    a.sync();
    b.sync();
    CHECK(hqName(hq, m) == winner);
    CHECK(a.text(kName, member.bytes()) == winner);
    CHECK(b.text(kName, member.bytes()) == winner);
}

TEST_CASE("a restored till refuses sales until it has pulled everything again", "[sync][pullapply][restore]")
{
    HqFixture hq;
    SyncedTill t(hq, QStringLiteral("SH01"));
    HqProduct p;
    p.code = QStringLiteral("P1");
    p.name = QStringLiteral("面包");
    p.priceMinor = 500;
    REQUIRE_OK(HqCatalog(hq.admin()).upsertProduct(p));
    t.sync();
    ResyncGate gate(t.db());
    CHECK_FALSE(gate.pending());
    REQUIRE_OK(gate.checkCanSell(true));

    // The restore: the backup predates P1 (the row is gone) but its cursor is the current one,
    // as when a till's cursor moved on after the backup was taken; restore sets the flag.
    for (const char* sql : {"DELETE FROM product_barcodes WHERE product_id IN (SELECT id FROM products WHERE sku = 'P1')",
                            "DELETE FROM product_terms WHERE product_id IN (SELECT id FROM products WHERE sku = 'P1')"})
        t.db().execute(sql);
    t.db().execute("DELETE FROM products WHERE sku = 'P1'");
    t.db().execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('needs_resync', '1')");
    const QString cursorBefore = t.till.state().cursor();
    REQUIRE_FALSE(cursorBefore.isEmpty());
    CHECK(gate.pending());
    auto refused = gate.checkCanSell(true);
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK_FALSE(refused.message().isEmpty());
    REQUIRE_OK(gate.checkCanSell(false));  // a till not joined to head office sells at once

    // Head office unreachable: the flag stays and sales stay refused.
    QString deadDsn = t.till.credentials().dsn;
    deadDsn.replace(QStringLiteral("port=%1").arg(hq.database().server().port()), QStringLiteral("port=1"));
    SyncWorker offline(t.db(), t.till.local().outbox(), t.till.inbox(), t.till.state(), t.till.local().clock(),
                       hq.database().server().tillInfo(deadDsn));
    CHECK_FALSE(offline.runOnce());
    CHECK(gate.pending());

    auto report = t.till.worker().runOnce();
    REQUIRE_OK(report);
    CHECK(report->pulled >= 1);
    CHECK_FALSE(gate.pending());
    REQUIRE_OK(gate.checkCanSell(true));
    ProductCatalog catalog(t.db(), t.till.local().audit(), t.till.local().outbox(), t.till.local().clock());
    auto back = catalog.findBySku(QStringLiteral("P1"));
    REQUIRE(back);
    CHECK(back->priceMinor == 500);
    // Afterwards pulls continue from the cursor again: nothing is pulled twice.
    t.sync();
    auto quiet = t.till.worker().runOnce();
    REQUIRE_OK(quiet);
    CHECK(quiet->pulled == 0);
}
