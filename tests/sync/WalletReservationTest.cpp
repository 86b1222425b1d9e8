// Stored value reserved at head office before a spend: two stores cannot spend the same money
// online, a retried sale holds once, a pushed spend settles its hold, an abandoned one expires,
// and without head office the till's own rule (the balance it knows) decides.

#include "HqFixture.h"
#include "ThreadRunner.h"
#include "TestEnv.h"

#include "catalog/Pinyin.h"
#include "common/InlineRunner.h"
#include "members/MembersModule.h"
#include "money/Money.h"
#include "store/Database.h"
#include "sync/HqWalletReservation.h"
#include "sync/MemberLookup.h"
#include "sync/PullHandlers.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

// A till whose members engine reserves at head office, as a joined till's session builds it.
struct WalletTill {
    TestTill till;
    PullHandlers handlers;
    InlineRunner headOffice;
    HqWalletReservation reservation;
    MembersModule members;

    WalletTill(HqFixture& hq, const QString& store, std::optional<PgConnectInfo> reachAt = std::nullopt)
        : till(hq, store, QStringLiteral("T1")),
          handlers(till.local().db(), till.local().outbox(), till.local().clock()),
          reservation(till.local().db(), till.local().clock(), till.local().audit(), till.local().outbox(),
                      reachAt.value_or(till.connectInfo()), headOffice),
          members(till.local().db(), till.local().clock(), till.local().audit(), till.local().outbox(), store,
                  [](const QString& s) { return pinyinInitials(s, 8); }, &reservation)
    {
        handlers.install(till.inbox());
    }
    Database& db() { return till.local().db(); }
    void sync() { REQUIRE_OK(till.worker().runOnce()); }

    // One stored-value payment inside its own transaction, as the checkout makes it.
    Result<WalletSplit> spend(qint64 memberId, qint64 amount, const Uuid& sale)
    {
        Transaction tx(db());
        auto r = members.wallet().spend(memberId, amount, sale);
        if (r)
            tx.commit();
        return r;
    }
    qint64 balance(qint64 memberId)
    {
        auto m = members.members().byId(memberId);
        REQUIRE_OK(m);
        return m->walletBalanceMinor();
    }
    qint64 memberId(const Uuid& uuid)
    {
        auto id = db().queryInt64("SELECT id FROM members WHERE uuid = ?", uuid.bytes());
        REQUIRE(id);
        return *id;
    }
};

// Registers a member at `t` with ￥100 of stored value and pushes it to head office.
Member memberWith100(WalletTill& t, const QString& mobile)
{
    MemberFields f;
    f.name = QStringLiteral("李娜");
    f.mobile = mobile;
    auto m = t.members.members().registerMember(t.till.local().admin(), f);
    REQUIRE_OK(m);
    REQUIRE_OK(t.members.wallet().topUp(t.till.local().admin(), m->id, 10000, QStringLiteral("cash"), QString()));
    return *m;
}

PgConnectInfo unreachable(HqFixture& hq, const TestTill& t)
{
    QString dsn = t.credentials().dsn;
    dsn.replace(QStringLiteral("port=%1").arg(hq.database().server().port()), QStringLiteral("port=1"));
    return hq.database().server().tillInfo(dsn);
}

Uuid newSale(WalletTill& t) { return Uuid::v7(t.till.local().clock().nowMs()); }
} // namespace

TEST_CASE("a chain balance spent at one store is refused online at another; offline the till's own balance limits",
          "[sync][wallet][reservation]")
{
    HqFixture hq;
    WalletTill a(hq, QStringLiteral("SH01"));
    WalletTill b(hq, QStringLiteral("SH02"));
    const Member m = memberWith100(a, QStringLiteral("13800000001"));
    a.sync();
    CHECK(hq.scalar("SELECT sum(principal_minor + bonus_minor) FROM hq.wallet_ledger") == 10000);

    // Store B serves the member: looked up at head office, cached with the ￥100 ledger.
    auto conn = PgConnection::connect(b.till.connectInfo());
    REQUIRE_OK(conn);
    HqClient client(*conn);
    auto found = MemberLookup(b.db(), b.till.inbox()).fetch(client, QStringLiteral("13800000001"));
    REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first() == m.uuid);
    const qint64 atB = b.memberId(m.uuid);
    CHECK(b.balance(atB) == 10000);

    // A spends ￥80 online; head office holds it until A's sale arrives.
    const Uuid saleA = newSale(a);
    REQUIRE_OK(a.spend(m.id, 8000, saleA));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations WHERE settled_at IS NULL") == 1);

    // B still believes ￥100, but head office has ￥20 left: B's ￥50 is refused, nothing written.
    const auto entriesB = b.db().queryInt64("SELECT count(*) FROM wallet_entries");
    auto refused = b.spend(atB, 5000, newSale(b));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(refused.message().contains(Money(2000, QStringLiteral("CNY")).toDisplayString()));
    CHECK(b.db().queryInt64("SELECT count(*) FROM wallet_entries") == entriesB);
    CHECK(b.balance(atB) == 10000);
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 1);

    // A's sale reaches head office: its spend settles the hold (the ledger carries it now).
    a.sync();
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations WHERE settled_at IS NOT NULL"
                    " AND entry_uuid IS NOT NULL") == 1);
    CHECK(hq.scalar("SELECT sum(principal_minor + bonus_minor) FROM hq.wallet_ledger") == 2000);
    // What is left, ￥20, B may spend online.
    REQUIRE_OK(b.spend(atB, 2000, newSale(b)));
    CHECK(b.balance(atB) == 8000);  // B has not pulled A's spend yet

    // Head office unreachable: B's till decides alone, on the ￥80 it knows.
    HqWalletReservation cut(b.db(), b.till.local().clock(), b.till.local().audit(), b.till.local().outbox(),
                            unreachable(hq, b.till), b.headOffice);
    MembersModule offlineMembers(b.db(), b.till.local().clock(), b.till.local().audit(), b.till.local().outbox(),
                                 QStringLiteral("SH02"), [](const QString& s) { return pinyinInitials(s, 8); }, &cut);
    auto tooMuch = [&] {
        Transaction tx(b.db());
        return offlineMembers.wallet().spend(atB, 8001, newSale(b));
    }();
    CHECK(tooMuch.code() == ErrorCode::Refused);
    {
        Transaction tx(b.db());
        REQUIRE_OK(offlineMembers.wallet().spend(atB, 5000, newSale(b)));
        tx.commit();
    }
    CHECK(b.balance(atB) == 3000);
    // Pushed later, the offline spend overdraws the chain balance: listed for a manager.
    b.sync();
    CHECK(hq.scalar("SELECT count(*) FROM hq.conflicts WHERE kind = 'negative_wallet'") == 1);
}

TEST_CASE("a retried sale reserves once; stored value topped up but not pushed yet counts", "[sync][wallet][reservation]")
{
    HqFixture hq;
    WalletTill a(hq, QStringLiteral("SH01"));
    // Registered and topped up at this till, nothing pushed: head office knows only what the
    // till tells it is on its way.
    const Member m = memberWith100(a, QStringLiteral("13800000002"));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_ledger") == 0);
    auto member = a.members.members().byId(m.id);
    REQUIRE_OK(member);

    const Uuid sale = newSale(a);
    REQUIRE_OK(a.reservation.reserve(*member, 6000, sale));
    // The checkout failed after the reservation and the cashier pays again: the same sale.
    REQUIRE_OK(a.reservation.reserve(*member, 6000, sale));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 1);
    CHECK(hq.scalar("SELECT amount_minor FROM hq.wallet_reservations") == 6000);
    // The same sale cannot hold a different amount.
    auto other = a.reservation.reserve(*member, 7000, sale);
    CHECK(other.code() == ErrorCode::AlreadyExists);
    // ￥100 pending minus ￥60 held: ￥50 more is refused, ￥40 is not.
    CHECK(a.reservation.reserve(*member, 5000, newSale(a)).code() == ErrorCode::Refused);
    REQUIRE_OK(a.reservation.reserve(*member, 4000, newSale(a)));
    CHECK(hq.scalar("SELECT sum(amount_minor) FROM hq.wallet_reservations") == 10000);
    // Bad input is refused by head office with a clear error, nothing held.
    auto conn = PgConnection::connect(a.till.connectInfo());
    REQUIRE_OK(conn);
    CHECK(HqClient(*conn).reserveWallet(m.uuid, newSale(a), 0, {}).code() == ErrorCode::InvalidInput);
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 2);
}

TEST_CASE("a reservation never settled expires and stops holding the balance", "[sync][wallet][reservation]")
{
    HqFixture hq;
    WalletTill a(hq, QStringLiteral("SH01"));
    const Member m = memberWith100(a, QStringLiteral("13800000003"));
    a.sync();
    auto member = a.members.members().byId(m.id);
    REQUIRE_OK(member);
    // Documented: 15 minutes.
    CHECK(hq.scalar("SELECT value::int FROM hq.config WHERE key = 'reservation_ttl_s'") == 900);
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 0);

    REQUIRE_OK(a.reservation.reserve(*member, 9000, newSale(a)));  // the sale is then abandoned
    CHECK(hq.scalar("SELECT extract(epoch FROM expires_at - reserved_at)::int FROM hq.wallet_reservations") == 900);
    CHECK(a.reservation.reserve(*member, 5000, newSale(a)).code() == ErrorCode::Refused);

    // Fifteen minutes later (head office's clock moved on): the hold no longer counts.
    REQUIRE_OK(hq.admin().exec("UPDATE hq.wallet_reservations SET expires_at = now() - interval '1 second'"));
    REQUIRE_OK(a.reservation.reserve(*member, 5000, newSale(a)));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations WHERE settled_at IS NULL AND expires_at > now()") == 1);
}

TEST_CASE("a head office that cannot reserve leaves the decision to the till, which asks again 30 s later",
          "[sync][wallet][reservation]")
{
    HqFixture hq;
    WalletTill a(hq, QStringLiteral("SH01"));
    const Member m = memberWith100(a, QStringLiteral("13800000004"));
    a.sync();
    auto member = a.members.members().byId(m.id);
    REQUIRE_OK(member);
    // A head office still at schema 1 has no hq.reserve_wallet.
    const char* off = "ALTER FUNCTION hq.reserve_wallet(uuid, uuid, bigint, jsonb) RENAME TO reserve_wallet_off";
    const char* on = "ALTER FUNCTION hq.reserve_wallet_off(uuid, uuid, bigint, jsonb) RENAME TO reserve_wallet";
    REQUIRE_OK(hq.admin().exec(off));
    CHECK(a.reservation.reserve(*member, 10001, newSale(a)).code() == ErrorCode::Refused);  // the till's ￥100
    REQUIRE_OK(a.reservation.reserve(*member, 10000, newSale(a)));

    // Back, but the till does not ask again until 30 s have passed.
    REQUIRE_OK(hq.admin().exec(on));
    const Uuid decidedHere = newSale(a);
    REQUIRE_OK(a.reservation.reserve(*member, 1000, decidedHere));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 0);
    a.till.local().clock().advanceSecs(31);
    // A sale the local rule decided is asked again inside its checkout transaction after the wait
    // has ended: it stays with the local rule (no call while the transaction holds the store).
    REQUIRE_OK(a.reservation.reserve(*member, 1000, decidedHere));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 0);
    REQUIRE_OK(a.reservation.reserve(*member, 1000, newSale(a)));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 1);
}

TEST_CASE("a stored-value hold asks head office through the till's runner, off the till's thread",
          "[sync][wallet][reservation]")
{
    HqFixture hq;
    WalletTill a(hq, QStringLiteral("SH01"));
    const Member m = memberWith100(a, QStringLiteral("13800000002"));
    a.sync();
    ThreadRunner runner;
    HqWalletReservation threaded(a.db(), a.till.local().clock(), a.till.local().audit(), a.till.local().outbox(),
                                 a.till.connectInfo(), runner);
    const Uuid sale = newSale(a);
    REQUIRE_OK(threaded.reserve(m, 6000, sale));
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations WHERE settled_at IS NULL") == 1);
    REQUIRE(runner.said.size() == 1);
    CHECK(runner.said[0].contains(QStringLiteral("stored value")));
    // Asked again inside the checkout's transaction: answered here, head office not asked.
    REQUIRE_OK(threaded.reserve(m, 6000, sale));
    CHECK(runner.said.size() == 1);
    threaded.release(sale);
    CHECK(runner.said.size() == 2);
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations") == 0);
}
