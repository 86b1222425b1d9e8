#include "MembersFixture.h"

using namespace patron;
using namespace patron::test;

namespace {
Result<WalletSplit> spendNow(MembersFixture& f, qint64 memberId, qint64 amount, const Uuid& sale, const QString& pin = {})
{
    Transaction tx(f.db());
    auto r = f.engine.wallet().spend(memberId, amount, sale, pin);
    if (r)
        tx.commit();
    return r;
}
} // namespace

TEST_CASE("Top-ups add the bonus of the highest threshold reached", "[wallet]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto& w = f.engine.wallet();
    auto small = w.topUp(f.admin(), m.id, 9999, QStringLiteral("cash"), {});
    REQUIRE_OK(small);
    CHECK(small->entry.bonusMinor == 0);
    auto hundred = w.topUp(f.admin(), m.id, 10000, QStringLiteral("wechat"), QStringLiteral("WX123"));
    CHECK(hundred->entry.bonusMinor == 1000);
    auto five = w.topUp(f.admin(), m.id, 60000, QStringLiteral("cash"), {});
    CHECK(five->entry.bonusMinor == 10000);
    CHECK(five->bonusPoints == 500);
    auto thousand = w.topUp(f.admin(), m.id, 100000, QStringLiteral("cash"), {});
    CHECK(thousand->entry.bonusMinor == 30000);
    CHECK(thousand->couponTemplate == u"TOPUP20");

    const Member after = f.reload(m.id);
    CHECK(after.walletPrincipalMinor == 9999 + 10000 + 60000 + 100000);
    CHECK(after.walletBonusMinor == 1000 + 10000 + 30000);
    CHECK(after.pointsBalance == 500);
    CHECK(*w.check(m.id));
    CHECK(w.topUp(f.admin(), m.id, 0, QStringLiteral("cash"), {}).code() == ErrorCode::InvalidInput);
    CHECK(w.topUp(f.admin(), m.id, 100, QStringLiteral(""), {}).code() == ErrorCode::InvalidInput);
    auto liability = w.liability();
    CHECK(liability->principalMinor == after.walletPrincipalMinor);
    CHECK(liability->bonusMinor == after.walletBonusMinor);
    CHECK(liability->members == 1);
    CHECK(f.outboxCount(QStringLiteral("wallet.entry")) == 4);
}

TEST_CASE("A spend is split in the configured order and a return refunds exactly that split", "[wallet]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    REQUIRE_OK(f.engine.wallet().topUp(f.admin(), m.id, 10000, QStringLiteral("cash"), {}));  // 100 + 10 bonus
    const Uuid sale = Uuid::v7(f.clock().nowMs());
    auto split = spendNow(f, m.id, 5500, sale);
    REQUIRE_OK(split);
    CHECK(split->principalMinor == 5000);  // 10000 : 1000 of 5500
    CHECK(split->bonusMinor == 500);
    Member after = f.reload(m.id);
    CHECK(after.walletPrincipalMinor == 5000);
    CHECK(after.walletBonusMinor == 500);

    Transaction tx(f.db());
    auto part = f.engine.wallet().refundSpend(sale, 1100);
    REQUIRE_OK(part);
    CHECK(part->principalMinor == 1000);
    CHECK(part->bonusMinor == 100);
    auto rest = f.engine.wallet().refundSpend(sale);
    REQUIRE_OK(rest);
    CHECK(rest->principalMinor == 4000);
    CHECK(rest->bonusMinor == 400);
    CHECK(f.engine.wallet().refundSpend(sale, 1).code() == ErrorCode::Refused);  // nothing left
    tx.commit();
    after = f.reload(m.id);
    CHECK(after.walletPrincipalMinor == 10000);
    CHECK(after.walletBonusMinor == 1000);

    // Principal first, then bonus first.
    for (const char* order : {"principal_first", "bonus_first"}) {
        QJsonObject rules = standardRules();
        QJsonObject wallet = rules.value(QStringLiteral("wallet")).toObject();
        wallet.insert(QStringLiteral("spend_order"), QString::fromLatin1(order));
        rules.insert(QStringLiteral("wallet"), wallet);
        REQUIRE_OK(f.engine.rules().set(f.admin(), rules));
        const Uuid s = Uuid::v7(f.clock().nowMs());
        auto x = spendNow(f, m.id, 1500, s);
        REQUIRE_OK(x);
        if (QByteArray(order) == "principal_first") {
            CHECK(x->principalMinor == 1500);
            CHECK(x->bonusMinor == 0);
        } else {
            CHECK(x->principalMinor == 500);
            CHECK(x->bonusMinor == 1000);
        }
        Transaction t(f.db());
        REQUIRE_OK(f.engine.wallet().refundSpend(s));
        t.commit();
    }
}

TEST_CASE("Zero or insufficient stored value is refused and nothing is written", "[wallet]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto zero = spendNow(f, m.id, 100, Uuid::v7(f.clock().nowMs()));
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.code() == ErrorCode::Refused);
    REQUIRE_OK(f.engine.wallet().topUp(f.admin(), m.id, 5000, QStringLiteral("cash"), {}));
    auto tooMuch = spendNow(f, m.id, 5001, Uuid::v7(f.clock().nowMs()));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.code() == ErrorCode::Refused);
    CHECK(tooMuch.message().contains(QStringLiteral("50.00")));
    CHECK(spendNow(f, m.id, 0, Uuid::v7(f.clock().nowMs())).code() == ErrorCode::InvalidInput);
    CHECK(f.scalar("SELECT count(*) FROM wallet_entries WHERE member_id = ? AND kind = 'spend'", m.id) == 0);
    REQUIRE_OK(spendNow(f, m.id, 5000, Uuid::v7(f.clock().nowMs())));
    CHECK(f.reload(m.id).walletBalanceMinor() == 0);
}

TEST_CASE("A payment PIN, once set, is needed to spend; the offline limit applies", "[wallet]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    REQUIRE_OK(f.engine.wallet().topUp(f.admin(), m.id, 20000, QStringLiteral("cash"), {}));
    REQUIRE_OK(f.engine.members().setPayPin(f.admin(), m.id, QStringLiteral("2468")));
    CHECK(f.reload(m.id).hasPayPin);
    CHECK(spendNow(f, m.id, 100, Uuid::v7(f.clock().nowMs())).code() == ErrorCode::AuthFailed);
    CHECK(spendNow(f, m.id, 100, Uuid::v7(f.clock().nowMs()), QStringLiteral("1111")).code() == ErrorCode::AuthFailed);
    REQUIRE_OK(spendNow(f, m.id, 100, Uuid::v7(f.clock().nowMs()), QStringLiteral("2468")));

    QJsonObject rules = standardRules();
    QJsonObject wallet = rules.value(QStringLiteral("wallet")).toObject();
    wallet.insert(QStringLiteral("offline_limit_minor"), 5000);
    rules.insert(QStringLiteral("wallet"), wallet);
    REQUIRE_OK(f.engine.rules().set(f.admin(), rules));
    CHECK(spendNow(f, m.id, 5001, Uuid::v7(f.clock().nowMs()), QStringLiteral("2468")).code() == ErrorCode::Refused);
    REQUIRE_OK(spendNow(f, m.id, 5000, Uuid::v7(f.clock().nowMs()), QStringLiteral("2468")));
}

TEST_CASE("Refunding a top-up returns principal only; bonus already spent is kept back", "[wallet]")
{
    MembersFixture f;
    const Member m = f.add(QStringLiteral("13800138000"), QStringLiteral("张三"));
    auto top = f.engine.wallet().topUp(f.admin(), m.id, 10000, QStringLiteral("cash"), {});  // ￥100 + ￥10
    REQUIRE_OK(top);
    REQUIRE_OK(spendNow(f, m.id, 5500, Uuid::v7(f.clock().nowMs())));  // ￥50 principal + ￥5 bonus
    Session cashier;
    cashier.userName = QStringLiteral("cashier");
    cashier.permissions = defaultPermissions(Role::Cashier);
    CHECK(f.engine.wallet().refundTopUp(cashier, top->entry.uuid).code() == ErrorCode::PermissionDenied);
    auto refund = f.engine.wallet().refundTopUp(f.admin(), top->entry.uuid);
    REQUIRE_OK(refund);
    // ￥50 principal and ￥5 bonus are left. The ￥5 of bonus already spent is kept back, so the
    // customer gets ￥45: paid ￥100, took ￥55 of goods, ￥45 back.
    CHECK(refund->principalRemovedMinor == 5000);
    CHECK(refund->bonusRemovedMinor == 500);
    CHECK(refund->bonusShortfallMinor == 500);
    CHECK(refund->cashOutMinor == 4500);
    const Member after = f.reload(m.id);
    CHECK(after.walletPrincipalMinor == 0);
    CHECK(after.walletBonusMinor == 0);
    CHECK(*f.engine.wallet().check(m.id));
    CHECK(f.engine.wallet().refundTopUp(f.admin(), top->entry.uuid).code() == ErrorCode::Refused);

    // Untouched top-up: all principal back, the bonus removed.
    auto second = f.engine.wallet().topUp(f.admin(), m.id, 10000, QStringLiteral("cash"), {});
    auto clean = f.engine.wallet().refundTopUp(f.admin(), second->entry.uuid);
    REQUIRE_OK(clean);
    CHECK(clean->cashOutMinor == 10000);
    CHECK(clean->bonusRemovedMinor == 1000);
    CHECK(f.reload(m.id).walletBalanceMinor() == 0);
}
