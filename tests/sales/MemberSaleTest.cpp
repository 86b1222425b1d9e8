// A member's sale reads the member row once and derives what it shows afterwards (balances, the
// tier) from what the sale wrote. These tests compare the receipt's member block with the row and
// the ledgers as the store has them after the sale, in the cases where a derivation could drift:
// points expired, redeemed and earned in one sale, a stored-value spend split into principal and
// bonus, a tier reached by the sale itself, rules changed between two sales, a second visit the
// same day, category multipliers.

#include "SalesFixture.h"

using namespace patron;
using namespace patron::test;

namespace {

QJsonObject keptBlock(SalesFixture& f, qint64 saleId)
{
    const QString text = f.db().queryText("SELECT loyalty FROM sales WHERE id = ?", saleId).value_or(QString());
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject lastPointsEvent(SalesFixture& f)
{
    auto text = f.db().queryText("SELECT payload FROM outbox WHERE type = 'points.entry' ORDER BY id DESC LIMIT 1");
    REQUIRE(text.has_value());
    return QJsonDocument::fromJson(text->toUtf8()).object();
}

// The sales rules with tiers reached by spending: silver from ￥100, gold from ￥200 (both earn
// double points), diamond by 100,000 points earned.
QJsonObject spendTierRules()
{
    QJsonObject rules = salesRules();
    rules.insert(QStringLiteral("tiers"), QJsonDocument::fromJson(R"json([
      {"code": "normal", "name": "普通", "rank": 0},
      {"code": "silver", "name": "银卡", "rank": 1, "spend_minor": 10000, "points_multiplier_bps": 20000},
      {"code": "gold", "name": "金卡", "rank": 2, "spend_minor": 20000, "points_multiplier_bps": 20000},
      {"code": "diamond", "name": "钻石卡", "rank": 3, "points": 100000}
    ])json").array());
    return rules;
}

} // namespace

TEST_CASE("A member's receipt shows the balances the sale leaves: points expired, redeemed and earned, stored value split",
          "[sales][checkout][members]")
{
    SalesFixture f;
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000101"));
    f.givePoints(m.id, 300);    // expires after 12 months (rolling)
    f.clock().advanceDays(183);
    f.givePoints(m.id, 1000);   // expires six months later
    f.clock().advanceDays(183); // the 300 are now past their expiry, the 1000 are not
    f.topUp(m.id, 10000);       // ￥100 principal + ￥10 bonus
    REQUIRE(f.reloadMember(m.id).pointsBalance == 1300);  // the daily expiry job has not run

    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 10000), 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    // ￥100: 1000 points (￥10), ￥55 stored value (proportional 10000:1000 → ￥50 principal, ￥5
    // bonus), ￥35 cash. The 300 expired points go inside the sale, before the redemption.
    const SaleResult r = f.pay(c, {points(1000), wallet(5500), cash(3500)});

    // Earned on 10000 - 1000 (points) - 500 (bonus) = 8500 → 85 points.
    CHECK(r.loyalty.pointsEarned == 85);
    CHECK(r.loyalty.pointsUsed == 1000);
    CHECK(r.loyalty.pointsBalance == 85);  // 1300 - 300 expired - 1000 redeemed + 85 earned
    CHECK(r.loyalty.walletUsedMinor == 5500);
    CHECK(r.loyalty.walletBalanceMinor == 5500);  // 11000 - 5500
    CHECK(r.loyalty.hasWallet);

    const Member after = f.reloadMember(m.id);
    CHECK(after.pointsBalance == r.loyalty.pointsBalance);
    CHECK(after.walletPrincipalMinor == 5000);
    CHECK(after.walletBonusMinor == 500);
    CHECK(after.walletBalanceMinor() == r.loyalty.walletBalanceMinor);
    CHECK(f.scalar("SELECT -principal_minor FROM wallet_entries WHERE member_id = ? AND kind = 'spend'", m.id) == 5000);
    CHECK(f.scalar("SELECT -bonus_minor FROM wallet_entries WHERE member_id = ? AND kind = 'spend'", m.id) == 500);
    CHECK(f.scalar("SELECT -amount FROM points_entries WHERE member_id = ? AND kind = 'expire'", m.id) == 300);
    auto check = f.members->points().check(m.id);
    REQUIRE_OK(check);
    CHECK(check->ok());
    CHECK(check->cached == 85);
    auto walletOk = f.members->wallet().check(m.id);
    REQUIRE_OK(walletOk);
    CHECK(*walletOk);

    // The block kept on the sale for a reprint is the same.
    const QJsonObject kept = keptBlock(f, r.saleId);
    CHECK(kept.value(QStringLiteral("points_balance")).toInteger() == 85);
    CHECK(kept.value(QStringLiteral("wallet_balance_minor")).toInteger() == 5500);
    CHECK(kept.value(QStringLiteral("points_earned")).toInteger() == 85);
}

TEST_CASE("The points.entry event of an earn names what the ledger row holds", "[sales][checkout][members]")
{
    SalesFixture f;
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000102"));
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 4321), 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    const SaleResult r = f.pay(c, {cash(5000)});
    REQUIRE(r.loyalty.pointsEarned == 43);

    const QJsonObject e = lastPointsEvent(f);
    Statement row = f.db().prepare(
        "SELECT e.uuid, m.uuid, e.amount, e.sale_uuid, e.created_ms, e.expires_ms, e.kind, e.value_minor"
        " FROM points_entries e JOIN members m ON m.id = e.member_id WHERE e.sale_uuid = ? AND e.kind = 'earn'");
    row.bindBlob(1, r.uuid.bytes());
    REQUIRE(row.step());
    CHECK(e.value(QStringLiteral("uuid")).toString() == Uuid::fromBytes(row.blob(0)).toString());
    CHECK(e.value(QStringLiteral("entry_uuid")).toString() == Uuid::fromBytes(row.blob(0)).toString());
    CHECK(e.value(QStringLiteral("member_uuid")).toString() == Uuid::fromBytes(row.blob(1)).toString());
    CHECK(e.value(QStringLiteral("member_uuid")).toString() == m.uuid.toString());
    CHECK(e.value(QStringLiteral("amount")).toInteger() == 43);
    CHECK(e.value(QStringLiteral("points")).toInteger() == 43);
    CHECK(e.value(QStringLiteral("sale_uuid")).toString() == r.uuid.toString());
    CHECK(e.value(QStringLiteral("created_ms")).toInteger() == row.int64(4));
    CHECK(e.value(QStringLiteral("expires_ms")).toInteger() == row.int64(5));
    CHECK(row.int64(5) > row.int64(4));  // rolling expiry: a date to come
    CHECK(e.value(QStringLiteral("kind")).toString() == QStringLiteral("earn"));
    CHECK(e.value(QStringLiteral("reason")).toString() == QStringLiteral("earn"));
    CHECK(e.value(QStringLiteral("reverses")).toString().isEmpty());
    CHECK(e.value(QStringLiteral("value_minor")).toInteger() == 0);
    CHECK(e.value(QStringLiteral("at")).toString()
          == isoWithOffset(QDateTime::fromMSecsSinceEpoch(row.int64(4))));
    // The lot was written with what is left of it (no debts to pay off): all of it.
    CHECK(f.scalar("SELECT remaining FROM points_entries WHERE sale_uuid = ? AND kind = 'earn'", r.uuid.bytes()) == 43);
}

TEST_CASE("A sale that reaches a tier prints the new tier; it earned at the tier it started in", "[sales][checkout][members]")
{
    SalesFixture f;
    REQUIRE_OK(f.members->rules().set(f.admin(), spendTierRules()));
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000103"));
    const Product p = f.product(QStringLiteral("A1"), 25000);

    // ￥250 in one sale: past silver and gold at once, straight to gold.
    const Uuid first = f.cart({{p, 1000}});
    REQUIRE_OK(f.carts->attachMember(first, m.id));
    const SaleResult r = f.pay(first, {cash(25000)});
    CHECK(r.loyalty.tierName == QStringLiteral("金卡"));
    CHECK(keptBlock(f, r.saleId).value(QStringLiteral("tier")).toString() == QStringLiteral("金卡"));
    CHECK(r.loyalty.pointsEarned == 250);  // at 普通's 1×, the tier the sale was priced in
    CHECK(f.reloadMember(m.id).tierCode == QStringLiteral("gold"));
    CHECK(f.scalar("SELECT count(*) FROM tier_changes WHERE member_id = ? AND to_tier = 'gold' AND reason = 'upgrade'", m.id) == 1);
    CHECK(f.scalar("SELECT count(*) FROM tier_changes WHERE member_id = ?", m.id) == 1);

    // The next sale earns at gold's 2× and leaves the tier alone (no downgrade, no new change).
    const Uuid second = f.cart({{f.product(QStringLiteral("B1"), 1000), 1000}});
    REQUIRE_OK(f.carts->attachMember(second, m.id));
    const SaleResult r2 = f.pay(second, {cash(1000)});
    CHECK(r2.loyalty.tierName == QStringLiteral("金卡"));
    CHECK(r2.loyalty.pointsEarned == 20);
    CHECK(r2.loyalty.pointsBalance == 270);
    CHECK(f.reloadMember(m.id).pointsBalance == 270);
    CHECK(f.scalar("SELECT count(*) FROM tier_changes WHERE member_id = ?", m.id) == 1);
}

TEST_CASE("A sale below every threshold keeps the tier and prints it", "[sales][checkout][members]")
{
    SalesFixture f;
    REQUIRE_OK(f.members->rules().set(f.admin(), spendTierRules()));
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000104"));
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 9999), 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    const SaleResult r = f.pay(c, {cash(9999)});
    CHECK(r.loyalty.tierName == QStringLiteral("普通"));
    CHECK(f.reloadMember(m.id).tierCode == QStringLiteral("normal"));
    CHECK(f.scalar("SELECT count(*) FROM tier_changes WHERE member_id = ?", m.id) == 0);

    // One fen more the same day reaches silver: the day's spend is added to, not replaced.
    const Uuid c2 = f.cart({{f.product(QStringLiteral("B1"), 1), 1000}});
    REQUIRE_OK(f.carts->attachMember(c2, m.id));
    CHECK(f.pay(c2, {cash(1)}).loyalty.tierName == QStringLiteral("银卡"));
    CHECK(f.scalar("SELECT visits FROM member_activity_days WHERE member_id = ?", m.id) == 2);
    CHECK(f.scalar("SELECT spend_minor FROM member_activity_days WHERE member_id = ?", m.id) == 10000);
    CHECK(f.scalar("SELECT count(*) FROM member_activity_days WHERE member_id = ?", m.id) == 1);
    CHECK(f.reloadMember(m.id).visits == 2);
}

TEST_CASE("Rules saved by another connection between two sales apply to the second", "[sales][checkout][members]")
{
    SalesFixture f;
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000105"));
    const Product p = f.product(QStringLiteral("A1"), 1000);

    const Uuid first = f.cart({{p, 1000}});
    REQUIRE_OK(f.carts->attachMember(first, m.id));
    CHECK(f.pay(first, {cash(1000)}).loyalty.pointsEarned == 10);

    // Another rule book on the store, as patron-cli or a head-office pull would have (here on the
    // same connection): this till's book learns of the change only through the store's version.
    MembersModule other(f.db(), f.clock(), f.ts.audit(), f.ts.outbox(), QStringLiteral("S1"),
                        [](const QString&) { return QStringList(); });
    QJsonObject rules = salesRules();
    QJsonObject pointsRules = rules.value(QStringLiteral("points")).toObject();
    pointsRules.insert(QStringLiteral("minor_per_point"), 50);
    rules.insert(QStringLiteral("points"), pointsRules);
    REQUIRE_OK(other.rules().set(f.admin(), rules));

    const Uuid second = f.cart({{p, 1000}});
    REQUIRE_OK(f.carts->attachMember(second, m.id));
    CHECK(f.pay(second, {cash(1000)}).loyalty.pointsEarned == 20);
}

TEST_CASE("Category multipliers still apply through the checkout", "[sales][checkout][members]")
{
    SalesFixture f;
    QJsonObject rules = salesRules();
    QJsonObject pointsRules = rules.value(QStringLiteral("points")).toObject();
    pointsRules.insert(QStringLiteral("category_multipliers_bps"),
                       QJsonObject{{QStringLiteral("饮料"), 30000}, {QStringLiteral("烟草"), 0}});
    rules.insert(QStringLiteral("points"), pointsRules);
    REQUIRE_OK(f.members->rules().set(f.admin(), rules));
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000106"));
    const Product drink = f.product(ProductSpec(QStringLiteral("D1"), 1000).inCategory(QStringLiteral("饮料")));
    const Product smoke = f.product(ProductSpec(QStringLiteral("T1"), 2000).inCategory(QStringLiteral("烟草")));
    const Product soap = f.product(ProductSpec(QStringLiteral("S1"), 500).inCategory(QStringLiteral("日化")));
    const Uuid c = f.cart({{drink, 1000}, {smoke, 1000}, {soap, 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    // 30 (drink, 3×) + 0 (tobacco) + 5 (soap, 1×).
    CHECK(f.pay(c, {cash(3500)}).loyalty.pointsEarned == 35);
}

TEST_CASE("Points earned by the sale count towards a points tier in the same sale", "[sales][checkout][members]")
{
    SalesFixture f;
    QJsonObject rules = salesRules();
    rules.insert(QStringLiteral("tiers"), QJsonDocument::fromJson(R"json([
      {"code": "normal", "name": "普通", "rank": 0},
      {"code": "silver", "name": "银卡", "rank": 1, "spend_minor": 100000},
      {"code": "gold", "name": "金卡", "rank": 2, "single_topup_minor": 200000},
      {"code": "diamond", "name": "钻石卡", "rank": 3, "points": 50}
    ])json").array());
    REQUIRE_OK(f.members->rules().set(f.admin(), rules));
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000107"));

    const Uuid small = f.cart({{f.product(QStringLiteral("A1"), 4900), 1000}});
    REQUIRE_OK(f.carts->attachMember(small, m.id));
    CHECK(f.pay(small, {cash(4900)}).loyalty.tierName == QStringLiteral("普通"));  // 49 points

    // One more point, earned by this sale, reaches diamond past silver and gold.
    const Uuid more = f.cart({{f.product(QStringLiteral("B1"), 100), 1000}});
    REQUIRE_OK(f.carts->attachMember(more, m.id));
    const SaleResult r = f.pay(more, {cash(100)});
    CHECK(r.loyalty.pointsEarned == 1);
    CHECK(r.loyalty.tierName == QStringLiteral("钻石卡"));
    CHECK(f.reloadMember(m.id).tierCode == QStringLiteral("diamond"));
    CHECK(f.scalar("SELECT count(*) FROM tier_changes WHERE member_id = ? AND to_tier = 'diamond'", m.id) == 1);
}

TEST_CASE("A member merged away between cart and pay: the sale, its ledgers and its return go to the survivor",
          "[sales][checkout][members]")
{
    SalesFixture f;
    f.openShift();
    const Member gone = f.member(QStringLiteral("13800000301"));
    const Member kept = f.member(QStringLiteral("13800000302"));
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 5000), 1000}});
    REQUIRE_OK(f.carts->attachMember(c, gone.id));
    // What the checkout's transaction sees when a merge commits after it read the cart (the merge
    // itself moves open carts to the survivor, so the row is marked here directly).
    f.db().execute("UPDATE members SET merged_into_id = ?, merged_into = ? WHERE id = ?", kept.id, kept.uuid.bytes(), gone.id);

    const SaleResult r = f.pay(c, {cash(5000)});
    CHECK(r.loyalty.pointsEarned > 0);
    CHECK(f.scalar("SELECT member_id FROM sales WHERE receipt_no = ?", r.receiptNo) == kept.id);
    CHECK(f.scalar("SELECT count(*) FROM points_entries WHERE member_id = ? AND kind = 'earn'", kept.id) == 1);
    CHECK(f.scalar("SELECT count(*) FROM points_entries WHERE member_id = ?", gone.id) == 0);
    const QString event = f.db().queryText("SELECT payload FROM outbox WHERE type = 'sale.completed' ORDER BY id DESC LIMIT 1")
                              .value_or(QString());
    CHECK(event.contains(kept.uuid.toString()));
    CHECK_FALSE(event.contains(gone.uuid.toString()));

    // The return takes the spend back from the member who has it.
    const qint64 spent = f.reloadMember(kept.id).spendMinor;
    REQUIRE_OK(f.returns->returnSale(f.supervisor, r.receiptNo, {{1, 0}}, QStringLiteral("退货")));
    CHECK(f.reloadMember(kept.id).spendMinor == spent - 5000);
    CHECK(f.scalar("SELECT spend_minor FROM members WHERE id = ?", gone.id) == 0);
}
