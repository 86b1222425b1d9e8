// Paying: tenders and change, idempotency, refusals that leave nothing behind, the outbox event,
// the summary tables, and points earned only on what was paid in cash-like tenders.

#include "LineShareTotals.h"
#include "SalesFixture.h"

#include "sales/ProductMonthRollup.h"
#include "sales/ReceiptNumbers.h"

using namespace patron;
using namespace patron::test;

namespace {

QJsonObject lastEvent(SalesFixture& f, const char* type)
{
    auto text = f.db().queryText("SELECT payload FROM outbox WHERE type = ? ORDER BY id DESC LIMIT 1", QString::fromLatin1(type));
    REQUIRE(text.has_value());
    return QJsonDocument::fromJson(text->toUtf8()).object();
}

} // namespace

TEST_CASE("Split tenders: card exact, cash over gives change, only cash may exceed", "[sales][checkout]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1175);
    const Uuid c = f.cart({{a, 2000}});  // ￥23.50
    CHECK(f.checkout->pay(f.cashier, c, {card(2400)}).code() == ErrorCode::Refused);
    CHECK(f.checkout->pay(f.cashier, c, {card(1000), cash(1000)}).code() == ErrorCode::Refused);  // ￥3.50 short
    CHECK(f.checkout->pay(f.cashier, c, {card(2350), cash(100)}).code() == ErrorCode::Refused);  // nothing left for cash
    CHECK(f.checkout->pay(f.cashier, c, {cash(0)}).code() == ErrorCode::InvalidInput);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 0);

    const SaleResult r = f.pay(c, {card(1000), cash(2000)});
    CHECK(r.totalMinor == 2350);
    CHECK(r.changeMinor == 650);
    CHECK(r.cashPaid);
    CHECK(r.receiptNo == formatReceiptNumber(QStringLiteral("SH01"), QStringLiteral("T1"), 1, 1));
    CHECK(f.scalar("SELECT amount_minor FROM sale_payments WHERE sale_id = ? AND tender = 'card'", r.saleId) == 1000);
    CHECK(f.scalar("SELECT amount_minor FROM sale_payments WHERE sale_id = ? AND tender = 'cash'", r.saleId) == 1350);
    CHECK(f.scalar("SELECT tendered_minor FROM sale_payments WHERE sale_id = ? AND tender = 'cash'", r.saleId) == 2000);
    CHECK(f.load(c).status == CartStatus::Completed);

    const Uuid c2 = f.cart({{a, 2000}});
    const SaleResult exact = f.pay(c2, {card(2350)});
    CHECK(exact.changeMinor == 0);
    CHECK_FALSE(exact.cashPaid);
    CHECK(exact.receiptNo.endsWith(u"-000002"));
}

TEST_CASE("Paying twice for one cart makes one sale", "[sales][checkout]")
{
    SalesFixture f;
    f.openShift();
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 500), 1000}});
    const SaleResult first = f.pay(c, {cash(1000)});
    CHECK_FALSE(first.alreadyPaid);
    const SaleResult again = f.pay(c, {cash(1000)});
    CHECK(again.alreadyPaid);
    CHECK(again.receiptNo == first.receiptNo);
    CHECK(again.saleId == first.saleId);
    CHECK(again.changeMinor == 500);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 1);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE type = 'sale.completed'") == 1);
    CHECK(f.scalar("SELECT value FROM meta WHERE key = 'receipt_seq.1'") == 1);
}

TEST_CASE("A refused loyalty step rolls back everything", "[sales][checkout]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 3000);
    const Member m = f.member(QStringLiteral("13800000005"));
    const Uuid c = f.cart({{a, 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    // Every refusal leaves no sale, no receipt number, no summary, no event, and the cart open.
    auto refusedLeavingNothing = [&](const QList<TenderInput>& tenders) {
        const qint64 outboxBefore = f.scalar("SELECT count(*) FROM outbox");
        auto r = f.checkout->pay(f.cashier, c, tenders);
        INFO(r.message());
        CHECK_FALSE(r.ok());
        CHECK(f.scalar("SELECT count(*) FROM sales") == 0);
        CHECK(f.scalar("SELECT count(*) FROM sale_lines") == 0);
        CHECK(f.scalar("SELECT count(*) FROM sale_payments") == 0);
        CHECK(f.scalar("SELECT count(*) FROM meta WHERE key LIKE 'receipt_seq.%'") == 0);
        CHECK(f.scalar("SELECT count(*) FROM sum_day") == 0);
        CHECK(f.scalar("SELECT count(*) FROM outbox") == outboxBefore);
        CHECK(f.load(c).status == CartStatus::Open);
    };
    SECTION("zero-balance wallet") { refusedLeavingNothing({wallet(1000), cash(2000)}); }
    SECTION("stored value above the balance")
    {
        f.topUp(m.id, 1000);
        refusedLeavingNothing({wallet(1001), cash(2000)});
        CHECK(f.reloadMember(m.id).walletBalanceMinor() == 1000);
    }
    SECTION("points below the minimum")
    {
        f.givePoints(m.id, 500);
        refusedLeavingNothing({points(99), cash(3000)});
        CHECK(f.reloadMember(m.id).pointsBalance == 500);
    }
    SECTION("refused inside the transaction, after coupon, points and receipt number (wallet PIN missing)")
    {
        f.topUp(m.id, 10000);
        f.givePoints(m.id, 500);
        REQUIRE_OK(f.members->members().setPayPin(f.admin(), m.id, QStringLiteral("4321")));
        const QString amt5 = f.coupon(m.id, QStringLiteral("AMT5"));
        REQUIRE_OK(f.carts->setCoupons(c, {amt5}));
        refusedLeavingNothing({points(200), wallet(1000), cash(2000)});
        const Member after = f.reloadMember(m.id);
        CHECK(after.pointsBalance == 500);
        CHECK(after.walletBalanceMinor() == 11000);
        CHECK(f.scalar("SELECT count(*) FROM points_entries WHERE kind IN ('redeem','earn')") == 0);
        CHECK(f.quote(c).couponProblems.isEmpty());  // the coupon is still unused
        REQUIRE_OK(f.carts->setCoupons(c, {}));
        REQUIRE_OK(f.carts->attachMember(c, std::nullopt));
        // The next sale takes number 1: none was consumed.
        CHECK(f.pay(c, {cash(3000)}).receiptNo.endsWith(u"-000001"));
    }
}

TEST_CASE("A sale needs an open shift", "[sales][checkout]")
{
    SalesFixture f;
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 500), 1000}});
    CHECK(f.checkout->pay(f.cashier, c, {cash(500)}).code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 0);
    f.openShift();
    CHECK(f.pay(c, {cash(500)}).receiptNo.endsWith(u"-000001"));
    // A cashier may not sell in a cart that is not open; an empty cart cannot be paid.
    const Uuid empty = f.openCart();
    CHECK(f.checkout->pay(f.cashier, empty, {cash(500)}).code() == ErrorCode::Refused);
}

TEST_CASE("sale.completed carries lines and payments that add up to the total", "[sales][checkout]")
{
    SalesFixture f;
    f.openShift();
    f.setting(QStringLiteral("sales.rounding"), QStringLiteral("jiao_down"));
    const Product a = f.product(QStringLiteral("A1"), 333);
    const Product kg = f.product(ProductSpec(QStringLiteral("K1"), 1598).byWeight());
    const Uuid c = f.cart({{a, 3000}, {kg, 737}});
    REQUIRE_OK(f.carts->setOrderDiscount(c, 500, 0, f.cashier));
    const SaleResult r = f.pay(c, {card(1000), cash(5000)});
    const QJsonObject e = lastEvent(f, "sale.completed");
    CHECK(e[QStringLiteral("receipt_no")].toString() == r.receiptNo);
    // 999 + 1177.7→1178 = 2177; 5% = 108.85→109: 2068; jiao down: 2060.
    CHECK(e[QStringLiteral("total_minor")].toInteger() == 2060);
    CHECK(r.totalMinor == 2060);
    qint64 lines = 0, payments = 0;
    for (const QJsonValue& v : e[QStringLiteral("lines")].toArray())
        lines += v[QStringLiteral("total_minor")].toInteger();
    for (const QJsonValue& v : e[QStringLiteral("payments")].toArray())
        payments += v[QStringLiteral("amount_minor")].toInteger();
    CHECK(lines == 2060);
    CHECK(payments == 2060);
    CHECK(e[QStringLiteral("change_minor")].toInteger() == 6000 - 2060);
    // Per-line per-payment shares add up both ways.
    const LineShareTotals shares = LineShareTotals::read(f.db(), r.saleId);
    CHECK(shares.shares > 0);
    CHECK(shares.linesNotAddingUp == 0);
    CHECK(shares.paymentsNotAddingUp == 0);
    CHECK(shares.sharesOfNoPayment == 0);
}

TEST_CASE("Summary tables equal a GROUP BY over sale lines and payments", "[sales][checkout]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(ProductSpec(QStringLiteral("A1"), 1250).inCategory(QStringLiteral("饮料")).cost(700));
    const Product b = f.product(ProductSpec(QStringLiteral("B1"), 399).inCategory(QStringLiteral("零食")).cost(200));
    const Product k = f.product(ProductSpec(QStringLiteral("K1"), 2680).inCategory(QStringLiteral("生鲜")).byWeight());
    f.pay(f.cart({{a, 2000}, {b, 3000}}), {cash(5000)});
    f.pay(f.cart({{k, 1234}, {b, 1000}}), {card(3706)});
    const SaleResult third = f.pay(f.cart({{a, 1000}, {k, 500}}), {card(1000), cash(2000)});
    f.clock().advanceSecs(3600);
    REQUIRE_OK(f.returns->returnSale(f.supervisor, third.receiptNo, {{2, 0}}, QStringLiteral("坏了")));

    CHECK(f.scalar("SELECT count(*) FROM (SELECT s.business_day d, sum(l.net_minor) n, sum(l.list_minor) li, sum(l.qty_milli) q "
                   "FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY s.business_day) g "
                   "JOIN sum_day d ON d.business_day = g.d WHERE d.net_minor = g.n AND d.list_minor = g.li AND d.items_milli = g.q")
          == 1);
    CHECK(f.scalar("SELECT count(*) FROM sum_day") == 1);
    CHECK(f.scalar("SELECT sales FROM sum_day") == 3);
    CHECK(f.scalar("SELECT returns FROM sum_day") == 1);
    // Tenders.
    const qint64 tenderRows = f.scalar("SELECT count(*) FROM sum_tender");
    CHECK(tenderRows == 2);
    // A tender counts its sales and its refunds apart; the amount is net.
    CHECK(f.scalar("SELECT count(*) FROM (SELECT s.business_day d, p.tender t, sum(p.amount_minor) a, sum(s.kind = 'sale') n, "
                   "sum(s.kind = 'return') r FROM sale_payments p JOIN sales s ON s.id = p.sale_id GROUP BY s.business_day, p.tender) g "
                   "JOIN sum_tender x ON x.business_day = g.d AND x.tender = g.t "
                   "WHERE x.amount_minor = g.a AND x.count = g.n AND x.refunds = g.r")
          == tenderRows);
    CHECK(f.scalar("SELECT count FROM sum_tender WHERE tender = 'card'") == 2);
    CHECK(f.scalar("SELECT count FROM sum_tender WHERE tender = 'cash'") == 2);
    CHECK(f.scalar("SELECT sum(refunds) FROM sum_tender") >= 1);
    // Categories and product months.
    const qint64 categoryRows = f.scalar("SELECT count(*) FROM sum_category");
    CHECK(categoryRows == 3);
    CHECK(f.scalar("SELECT count(*) FROM (SELECT s.business_day d, coalesce(l.category_id, 0) c, sum(l.net_minor) n, "
                   "sum(l.qty_milli) q, sum(l.qty_milli * l.unit_cost_minor) co "
                   "FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY 1, 2) g "
                   "JOIN sum_category x ON x.business_day = g.d AND x.category_id = g.c "
                   "WHERE x.net_minor = g.n AND x.qty_milli = g.q AND x.cost_minor * 1000 = g.co")
          == categoryRows);
    // Product months are rolled up after the sale (ProductMonthRollup), not written by it.
    CHECK(f.scalar("SELECT count(*) FROM sum_product_month") == 0);
    CHECK(ProductMonthRollup(f.db()).rollUp() == 7);
    const qint64 productRows = f.scalar("SELECT count(*) FROM sum_product_month");
    CHECK(productRows == 3);
    CHECK(f.scalar("SELECT count(*) FROM (SELECT substr(s.business_day, 1, 7) m, l.product_id p, sum(l.net_minor) n, sum(l.qty_milli) q "
                   "FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY 1, 2) g "
                   "JOIN sum_product_month x ON x.month = g.m AND x.product_id = g.p WHERE x.net_minor = g.n AND x.qty_milli = g.q")
          == productRows);
    CHECK(f.scalar("SELECT sum(net_minor) FROM sum_hour") == f.scalar("SELECT sum(total_minor) FROM sales"));
    CHECK(f.scalar("SELECT sum(net_minor) FROM sum_cashier") == f.scalar("SELECT sum(total_minor) FROM sales"));
}

TEST_CASE("Points are earned only on the cash-like part", "[sales][checkout][members]")
{
    SalesFixture f;
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000006"));
    f.topUp(m.id, 10000);  // + ￥10 bonus: 10000 principal, 1000 bonus
    f.givePoints(m.id, 1000);
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 10000), 1000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    // ￥100: 1000 points (￥10), ￥55 stored value (proportional: ￥50 principal, ￥5 bonus), ￥35 cash.
    const SaleResult r = f.pay(c, {points(1000), wallet(5500), cash(3500)});
    CHECK(r.changeMinor == 0);
    // Earned on 10000 - 1000 (points) - 500 (bonus) = 8500 → 85 points.
    CHECK(r.loyalty.pointsEarned == 85);
    const Member after = f.reloadMember(m.id);
    CHECK(after.pointsBalance == 85);
    CHECK(after.walletPrincipalMinor == 5000);
    CHECK(after.walletBonusMinor == 500);
    CHECK(f.scalar("SELECT points FROM sale_payments WHERE sale_id = ? AND tender = 'points'", r.saleId) == 1000);
    CHECK(f.scalar("SELECT amount_minor FROM sale_payments WHERE sale_id = ? AND tender = 'points'", r.saleId) == 1000);

    // The member block kept for a reprint (written by JsonWriter) is what QJsonDocument writes for
    // the same object, and paying again answers with the same figures from it.
    const QByteArray kept = f.db().queryText("SELECT loyalty FROM sales WHERE id = ?", r.saleId).value_or(QString()).toUtf8();
    CHECK(QJsonDocument::fromJson(kept).toJson(QJsonDocument::Compact) == kept);
    CHECK(QJsonDocument::fromJson(kept).object().value(QStringLiteral("wallet_used_minor")).toInteger() == 5500);
    const SaleResult again = f.pay(c, {points(1000), wallet(5500), cash(3500)});
    CHECK(again.saleId == r.saleId);
    CHECK(again.loyalty.pointsEarned == r.loyalty.pointsEarned);
    CHECK(again.loyalty.pointsBalance == r.loyalty.pointsBalance);
    CHECK(again.loyalty.walletBalanceMinor == r.loyalty.walletBalanceMinor);
    CHECK(again.loyalty.walletUsedMinor == 5500);
    CHECK(again.loyalty.pointsUsed == 1000);
    CHECK(again.loyalty.hasWallet == r.loyalty.hasWallet);
    CHECK(again.loyalty.maskedMobile == r.loyalty.maskedMobile);
    CHECK(again.loyalty.tierName == r.loyalty.tierName);
}
