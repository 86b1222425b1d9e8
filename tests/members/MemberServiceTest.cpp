#include "MembersFixture.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("Registration needs a valid, unused mobile and a name", "[members]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    CHECK(m.tierCode == u"normal");
    CHECK(m.cardNo == QStringLiteral("SH01%1").arg(m.id, 8, 10, QChar(u'0')));
    CHECK(m.qrPayload() == u"PATRON:M:" + m.cardNo);
    CHECK_FALSE(m.uuid.isNull());
    CHECK_FALSE(m.hlc.isEmpty());
    CHECK(f.outboxCount(QStringLiteral("member.registered")) == 1);

    MemberFields bad;
    bad.name = QStringLiteral("李四");
    for (const char* mobile : {"12800138000", "1380013800", "138001380001", "abc"}) {
        bad.mobile = QString::fromLatin1(mobile);
        auto r = f.engine.members().registerMember(f.admin(), bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
    }
    bad.mobile = QStringLiteral("１３８ ００１３ ８０００");  // full-width and spaced: the same number
    auto dup = f.engine.members().registerMember(f.admin(), bad);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.code() == ErrorCode::AlreadyExists);
    MemberFields noName;
    noName.mobile = QStringLiteral("13900139000");
    CHECK(f.engine.members().registerMember(f.admin(), noName).code() == ErrorCode::InvalidInput);
    CHECK(f.scalar("SELECT count(*) FROM members WHERE id > ?", 0) == 1);
}

TEST_CASE("Members are found by mobile, last four digits, card, QR, name fragment and initials", "[members]")
{
    MembersFixture f;
    const Member a = f.add(QStringLiteral("13800001234"), QStringLiteral("张三"));
    const Member b = f.add(QStringLiteral("13900001234"), QStringLiteral("长城"));
    const Member c = f.add(QStringLiteral("13700005678"), QStringLiteral("张三丰"));
    auto& svc = f.engine.members();

    auto byMobile = svc.find(QStringLiteral("13800001234"));
    REQUIRE(byMobile->size() == 1);
    CHECK(byMobile->first().id == a.id);
    auto last4 = svc.find(QStringLiteral("1234"));
    REQUIRE(last4->size() == 2);
    CHECK(last4->at(0).id == a.id);
    CHECK(last4->at(1).id == b.id);
    CHECK(svc.find(c.cardNo)->first().id == c.id);
    CHECK(svc.find(c.qrPayload())->first().id == c.id);
    CHECK(svc.find(QStringLiteral("id:%1").arg(b.id))->first().id == b.id);

    auto frag = svc.find(QStringLiteral("三"));
    REQUIRE(frag->size() == 2);
    auto frag2 = svc.find(QStringLiteral("三丰"));
    REQUIRE(frag2->size() == 1);
    CHECK(frag2->first().id == c.id);
    CHECK(svc.find(QStringLiteral("城"))->first().id == b.id);
    CHECK(svc.find(QStringLiteral("丰三"))->isEmpty());

    // Initials by prefix, every polyphone reading (长 is c and z).
    CHECK(svc.find(QStringLiteral("zs"))->size() == 2);
    CHECK(svc.find(QStringLiteral("ZSF"))->first().id == c.id);
    CHECK(svc.find(QStringLiteral("cc"))->first().id == b.id);
    CHECK(svc.find(QStringLiteral("zc"))->first().id == b.id);
    CHECK(svc.find(QStringLiteral("xy"))->isEmpty());

    // A rename moves the name in the index.
    MemberFields rename;
    rename.name = QStringLiteral("王五");
    REQUIRE_OK(svc.edit(f.admin(), b.id, rename));
    CHECK(svc.find(QStringLiteral("城"))->isEmpty());
    CHECK(svc.find(QStringLiteral("王"))->first().id == b.id);
    CHECK(svc.find(QStringLiteral("cc"))->isEmpty());

    CHECK(svc.resolve(QStringLiteral("13700005678"))->id == c.id);
    CHECK(svc.resolve(c.cardNo)->id == c.id);
    CHECK(svc.resolve(QStringLiteral("id:%1").arg(a.id))->id == a.id);
    CHECK(svc.resolve(QStringLiteral("13600000000")).code() == ErrorCode::NotFound);
}

TEST_CASE("Edits are stamped with a newer HLC, record consent time and need the permission", "[members]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    f.clock().advanceSecs(60);
    MemberFields e;
    e.consentSms = true;
    e.birthday = QDate(1990, 7, 1);
    e.tags = QStringList{QStringLiteral("vip"), QStringLiteral("老客")};
    auto edited = f.engine.members().edit(f.admin(), m.id, e);
    REQUIRE_OK(edited);
    CHECK(HlcTimestamp::parse(m.hlc) < HlcTimestamp::parse(edited->hlc));
    CHECK(edited->consentSms);
    CHECK(edited->consentSmsAt == f.clock().now());
    CHECK(edited->birthday == QDate(1990, 7, 1));
    CHECK(edited->tags == QStringList{QStringLiteral("vip"), QStringLiteral("老客")});
    CHECK(f.outboxCount(QStringLiteral("member.updated")) == 1);

    Session cashier;
    cashier.userName = QStringLiteral("cashier");
    cashier.permissions = defaultPermissions(Role::Cashier);
    auto denied = f.engine.members().edit(cashier, m.id, e);
    CHECK(denied.code() == ErrorCode::PermissionDenied);

    MemberFields future;
    future.birthday = f.clock().now().date().addDays(1);
    CHECK(f.engine.members().edit(f.admin(), m.id, future).code() == ErrorCode::InvalidInput);
}

TEST_CASE("Engine writes and their events roll back with the caller's transaction", "[members][transaction]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    const qint64 eventsBefore = f.outboxCount();
    f.inTransaction([&] {
        EarnRequest req;
        req.memberId = m.id;
        req.saleUuid = Uuid::v7(f.clock().nowMs());
        req.lines = {{QStringLiteral("GROCERY"), 10000}};
        auto earned = f.engine.points().earn(req);
        REQUIRE_OK(earned);
        CHECK(earned->quote.points == 100);
        REQUIRE_OK(f.engine.wallet().topUp(m.id, 10000, QStringLiteral("cash"), {}, QStringLiteral("admin")));
        f.engine.activity().recordPurchase(m.id, 10000, f.clock().now());
        CHECK(f.outboxCount() > eventsBefore);
        return false;  // the checkout failed later: nothing may stay
    });
    CHECK(f.outboxCount() == eventsBefore);
    const Member after = f.reload(m.id);
    CHECK(after.pointsBalance == 0);
    CHECK(after.walletBalanceMinor() == 0);
    CHECK(after.visits == 0);
    CHECK(f.scalar("SELECT count(*) FROM points_entries WHERE member_id = ?", m.id) == 0);

    f.inTransaction([&] {
        EarnRequest req;
        req.memberId = m.id;
        req.lines = {{QStringLiteral("GROCERY"), 10000}};
        REQUIRE_OK(f.engine.points().earn(req));
        return true;
    });
    CHECK(f.reload(m.id).pointsBalance == 100);
    CHECK(f.outboxCount(QStringLiteral("points.entry")) == 1);
}

TEST_CASE("Loyalty rules are validated and every version is kept", "[members][rules]")
{
    MembersFixture f;
    auto& book = f.engine.rules();
    CHECK(book.current().version == 1);
    CHECK(book.current().tiers.size() == 3);
    CHECK(book.current().tier(QStringLiteral("gold"))->discountBps == 500);

    QJsonObject bad = standardRules();
    QJsonArray tiers = bad.value(QStringLiteral("tiers")).toArray();
    QJsonObject t0 = tiers[0].toObject();
    t0.insert(QStringLiteral("spend_minor"), 100);
    tiers[0] = t0;
    bad.insert(QStringLiteral("tiers"), tiers);
    auto refused = book.set(f.admin(), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::InvalidInput);

    QJsonObject frac = standardRules();
    QJsonObject points = frac.value(QStringLiteral("points")).toObject();
    points.insert(QStringLiteral("minor_per_point"), 1.5);
    frac.insert(QStringLiteral("points"), points);
    CHECK(book.set(f.admin(), frac).code() == ErrorCode::InvalidInput);

    QJsonObject changed = standardRules();
    QJsonObject wallet = changed.value(QStringLiteral("wallet")).toObject();
    wallet.insert(QStringLiteral("spend_order"), QStringLiteral("bonus_first"));
    changed.insert(QStringLiteral("wallet"), wallet);
    REQUIRE_OK(book.set(f.admin(), changed));
    CHECK(book.current().version == 2);
    CHECK(book.current().wallet.spendOrder == SpendOrder::BonusFirst);
    CHECK(book.versions() == QList<int>{1, 2});
    CHECK(book.version(1)->wallet.spendOrder == SpendOrder::Proportional);
    // Round trip: what is saved reads back the same.
    CHECK(book.version(2)->toJson() == book.current().toJson());
}
