// Duplicate members merged by a manager (event member.merged v1, written by the back office):
// head office moves the merged member's ledgers and reservations to the survivor, keeps the
// merged member marked (out of lookups), resolves the duplicate; a till that holds the merged
// member learns it, and its ledgers, coupons and count cards follow the survivor there too.

#include "HqFixture.h"
#include "TestEnv.h"

#include "catalog/Pinyin.h"
#include "members/MembersModule.h"
#include "store/Database.h"
#include "sync/MemberLookup.h"
#include "sync/PullHandlers.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

struct MemberTill {
    TestTill till;
    PullHandlers handlers;
    MembersModule members;
    MemberTill(HqFixture& hq, const QString& store)
        : till(hq, store, QStringLiteral("T1")), handlers(till.local().db(), till.local().outbox(), till.local().clock()),
          members(till.local().db(), till.local().clock(), till.local().audit(), till.local().outbox(), store,
                  [](const QString& s) { return pinyinInitials(s, 8); })
    {
        handlers.install(till.inbox());
    }
    Database& db() { return till.local().db(); }
    void sync() { REQUIRE_OK(till.worker().runOnce()); }
    Member registerWith(const QString& mobile, qint64 topUpMinor)
    {
        MemberFields f;
        f.name = QStringLiteral("陈静");
        f.mobile = mobile;
        auto m = members.members().registerMember(till.local().admin(), f);
        REQUIRE_OK(m);
        REQUIRE_OK(members.wallet().topUp(till.local().admin(), m->id, topUpMinor, QStringLiteral("cash"), QString()));
        return *m;
    }
    qint64 wallet(const Uuid& m)
    {
        return db().queryInt64("SELECT wallet_principal_minor + wallet_bonus_minor FROM members WHERE uuid = ?", m.bytes())
            .value_or(-1);
    }
    QList<Uuid> lookUp(const QString& mobile)
    {
        auto conn = PgConnection::connect(till.connectInfo());
        REQUIRE_OK(conn);
        HqClient client(*conn);
        auto found = MemberLookup(db(), till.inbox()).fetch(client, mobile);
        REQUIRE_OK(found);
        return *found;
    }
};

qint64 hqWallet(HqFixture& hq, const Uuid& m)
{
    return hq.scalar("SELECT coalesce(sum(principal_minor + bonus_minor), 0) FROM hq.wallet_ledger WHERE member_uuid = $1::uuid",
                     {m.toString()});
}
} // namespace

TEST_CASE("a merged duplicate's ledgers move to the survivor at head office and at the tills that hold it",
          "[sync][conflict][merge]")
{
    HqFixture hq;
    MemberTill a(hq, QStringLiteral("SH01"));
    MemberTill b(hq, QStringLiteral("SH02"));
    // The same customer registered offline in two stores.
    const Member survivor = a.registerWith(QStringLiteral("13700000042"), 5000);
    const Member dup = b.registerWith(QStringLiteral("13700000042"), 3000);
    a.sync();
    b.sync();
    REQUIRE(hq.scalar("SELECT count(*) FROM hq.conflicts WHERE kind = 'duplicate_mobile' AND resolved_at IS NULL") == 1);
    // A reservation held for the duplicate follows it.
    {
        auto conn = PgConnection::connect(b.till.connectInfo());
        REQUIRE_OK(conn);
        auto hold = HqClient(*conn).reserveWallet(dup.uuid, Uuid::v7(1), 1000, {});
        REQUIRE_OK(hold);
        REQUIRE(hold->reserved);
    }

    // A's manager merges B's registration into A's (the back office moved A's local copy and
    // wrote the event; A looked the duplicate up first, so A holds both).
    REQUIRE(a.lookUp(QStringLiteral("13700000042")).size() == 2);
    const QJsonObject merge{{QStringLiteral("survivor_uuid"), survivor.uuid.toString()},
                            {QStringLiteral("merged_uuid"), dup.uuid.toString()},
                            {QStringLiteral("at"), isoWithOffset(a.till.local().clock().now())}};
    a.till.record(QStringLiteral("member.merged"), 1, merge);
    a.sync();
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE type = 'member.merged' AND status = 'applied'") == 1);
    CHECK(hqWallet(hq, survivor.uuid) == 8000);
    CHECK(hqWallet(hq, dup.uuid) == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.wallet_reservations WHERE member_uuid = $1::uuid", {survivor.uuid.toString()}) == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.members WHERE uuid = $1::uuid AND merged_into = $2::uuid AND merged_at IS NOT NULL",
                    {dup.uuid.toString(), survivor.uuid.toString()}) == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.members WHERE uuid = $1::uuid AND mobile = '13700000042'", {dup.uuid.toString()})
          == 1);  // kept whole for audit
    CHECK(hq.scalar("SELECT count(*) FROM hq.conflicts WHERE kind = 'duplicate_mobile' AND resolved_at IS NULL") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.conflicts WHERE kind = 'duplicate_mobile' AND resolution LIKE 'merged into %'") == 1);
    // At A, which holds both, the duplicate's ledger followed the survivor (pulled mark).
    CHECK(a.wallet(survivor.uuid) == 8000);
    CHECK(a.wallet(dup.uuid) == 0);
    auto consistent = a.members.wallet().check(survivor.id);
    REQUIRE_OK(consistent);
    CHECK(*consistent);

    // Applying the same merge again changes nothing; a merge of unknown members is kept, rejected.
    a.till.record(QStringLiteral("member.merged"), 1, merge);
    a.till.record(QStringLiteral("member.merged"), 1,
                  {{QStringLiteral("survivor_uuid"), survivor.uuid.toString()}, {QStringLiteral("merged_uuid"), Uuid::v7(7).toString()}});
    a.sync();
    CHECK(hqWallet(hq, survivor.uuid) == 8000);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE type = 'member.merged' AND status = 'rejected'") == 1);

    // B, which holds only the duplicate, issued it a coupon and sold it a count card (head office
    // holds neither).
    b.db().execute("INSERT INTO coupons(uuid, template_code, name, kind, value, member_id, source, status, issued_ms)"
                   " VALUES (?, 'WELCOME', '新人券', 'amount_off', 500, ?, 'registration', 'issued', 0)",
                   Uuid::v7(11).bytes(), dup.id);
    b.db().execute("INSERT INTO count_cards(uuid, member_id, sku, name, total_uses, created_ms) VALUES (?, ?, 'WASH', '洗车10次', 10, 0)",
                   Uuid::v7(12).bytes(), dup.id);
    // B learns the duplicate was merged: it points to the survivor and is no longer found by its
    // mobile.
    b.sync();
    CHECK(b.db().queryText("SELECT lower(hex(merged_into)) FROM members WHERE uuid = ?", dup.uuid.bytes())
          == survivor.uuid.toString().remove(u'-'));
    CHECK_FALSE(b.db().queryInt64("SELECT id FROM members WHERE mobile = '13700000042'").has_value());
    // Entries B writes for the duplicate afterwards (offline) land on the survivor at head office.
    {
        Transaction tx(b.db());
        auto spent = b.members.wallet().spend(dup.id, 500, Uuid::v7(b.till.local().clock().nowMs()));
        REQUIRE_OK(spent);
        tx.commit();
    }
    b.sync();
    CHECK(hqWallet(hq, survivor.uuid) == 7500);
    // Looking the customer up at head office finds the survivor only, with the whole ledger; the
    // duplicate's local entries move to it instead of being counted twice.
    const QList<Uuid> found = b.lookUp(QStringLiteral("13700000042"));
    REQUIRE(found.size() == 1);
    CHECK(found.first() == survivor.uuid);
    CHECK(b.wallet(survivor.uuid) == 7500);
    CHECK(b.wallet(dup.uuid) == 0);
    // The coupon and the count card B issued follow the survivor too.
    const qint64 survivorAtB = b.db().queryInt64("SELECT id FROM members WHERE uuid = ?", survivor.uuid.bytes()).value_or(0);
    CHECK(b.db().queryInt64("SELECT count(*) FROM coupons WHERE member_id = ?", survivorAtB) == 1);
    CHECK(b.db().queryInt64("SELECT count(*) FROM count_cards WHERE member_id = ?", survivorAtB) == 1);
    CHECK(b.db().queryInt64("SELECT count(*) FROM coupons WHERE member_id = ?", dup.id) == 0);
    CHECK(b.db().queryInt64("SELECT count(*) FROM count_cards WHERE member_id = ?", dup.id) == 0);

    // Merges chain: the survivor is merged in turn; an old entry for the first duplicate that
    // arrives now lands at the end of the chain.
    const Member third = a.registerWith(QStringLiteral("13700000043"), 100);
    a.till.record(QStringLiteral("member.merged"), 1,
                  {{QStringLiteral("survivor_uuid"), third.uuid.toString()},
                   {QStringLiteral("merged_uuid"), survivor.uuid.toString()}});
    a.sync();
    CHECK(hqWallet(hq, third.uuid) == 7600);
    a.till.record(QStringLiteral("wallet.entry"), 1,
                  {{QStringLiteral("entry_uuid"), Uuid::v7(a.till.local().clock().nowMs()).toString()},
                   {QStringLiteral("member_uuid"), dup.uuid.toString()}, {QStringLiteral("principal_minor"), -600},
                   {QStringLiteral("bonus_minor"), 0}, {QStringLiteral("reason"), QStringLiteral("spend")}});
    a.sync();
    CHECK(hqWallet(hq, third.uuid) == 7000);
    CHECK(hqWallet(hq, dup.uuid) == 0);
    CHECK(hqWallet(hq, survivor.uuid) == 0);
}
