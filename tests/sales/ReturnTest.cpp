// Returns: limits, refunds to the original tenders, the member's stored value and points, returns
// without a receipt, and a seeded property test that returns random sales piece by piece.

#include "LineShareTotals.h"
#include "SalesFixture.h"

#include <QRandomGenerator>

#include <iostream>

using namespace patron;
using namespace patron::test;

namespace {

qint64 refundOf(const ReturnResult& r, const QString& tender)
{
    qint64 s = 0;
    for (const RefundPart& p : r.refunds)
        if (p.tender == tender)
            s += p.amountMinor;
    return s;
}

} // namespace

TEST_CASE("Partial and full returns never give back more than was sold", "[sales][returns]")
{
    SalesFixture f;
    f.openShift();
    // A piece product with a unit name: still whole units only.
    const Product a = f.product(ProductSpec(QStringLiteral("A1"), 1000).withUnit(QStringLiteral("个")));
    const Product b = f.product(QStringLiteral("B1"), 500);
    const SaleResult s = f.pay(f.cart({{a, 3000}, {b, 1000}}), {cash(3500)});

    CHECK(f.returns->returnSale(f.cashier, s.receiptNo, {{1, 1000}}, QStringLiteral("x")).code() == ErrorCode::PermissionDenied);
    CHECK(f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 1000}}, QStringLiteral(" ")).code() == ErrorCode::InvalidInput);
    CHECK(f.returns->returnSale(f.supervisor, QStringLiteral("RSH01-T1-1-999999"), {}, QStringLiteral("x")).code() == ErrorCode::NotFound);
    CHECK(f.returns->returnSale(f.supervisor, s.receiptNo, {{3, 1000}}, QStringLiteral("x")).code() == ErrorCode::NotFound);
    CHECK(f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 4000}}, QStringLiteral("x")).code() == ErrorCode::Refused);
    CHECK(f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 500}}, QStringLiteral("x")).code() == ErrorCode::InvalidInput);

    auto first = f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 1000}}, QStringLiteral("质量问题"));
    REQUIRE_OK(first);
    CHECK(first->refundMinor == 1000);
    CHECK(first->receiptNo.endsWith(u"-000002"));
    CHECK(refundOf(*first, QStringLiteral("cash")) == 1000);
    // Only two of line 1 are left.
    CHECK(f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 3000}}, QStringLiteral("x")).code() == ErrorCode::Refused);
    auto lines = f.returns->returnable(s.receiptNo);
    REQUIRE_OK(lines);
    CHECK((*lines)[0].returnedMilli == 1000);

    auto rest = f.returns->returnSale(f.supervisor, s.receiptNo, {}, QStringLiteral("整单退"));
    REQUIRE_OK(rest);
    CHECK(rest->refundMinor == 2500);
    CHECK(f.returns->returnSale(f.supervisor, s.receiptNo, {}, QStringLiteral("x")).code() == ErrorCode::Refused);
    // A return slip is not a sale.
    CHECK(f.returns->returnSale(f.supervisor, rest->receiptNo, {}, QStringLiteral("x")).code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT sum(total_minor) FROM sales") == 0);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE type = 'sale.returned'") == 2);
}

TEST_CASE("Refunds go back to the original tenders by each line's share", "[sales][returns]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1000);
    const Product b = f.product(QStringLiteral("B1"), 500);
    const SaleResult s = f.pay(f.cart({{a, 3000}, {b, 1000}}), {card(2000), cash(1500)});
    // Card is allocated first over owed [3000, 500]: 1714.29 / 285.71 → 1714, 286; cash 1286, 214.
    auto back = f.returns->returnSale(f.supervisor, s.receiptNo, {{2, 0}}, QStringLiteral("x"));
    REQUIRE_OK(back);
    CHECK(refundOf(*back, QStringLiteral("card")) == 286);
    CHECK(refundOf(*back, QStringLiteral("cash")) == 214);
    CHECK(back->cashRefunded);
    // Line 1 one piece at a time: the piece refunds exactly a third of the line (￥10.00); card and
    // cash get their exact thirds (571.33, 428.67) rounded down, and the missing fen goes to the
    // larger remainder (cash). The last pieces take the rest.
    auto one = f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 1000}}, QStringLiteral("x"));
    REQUIRE_OK(one);
    CHECK(refundOf(*one, QStringLiteral("card")) == 571);
    CHECK(refundOf(*one, QStringLiteral("cash")) == 429);
    CHECK(one->refundMinor == 1000);
    auto two = f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 2000}}, QStringLiteral("x"));
    REQUIRE_OK(two);
    CHECK(refundOf(*two, QStringLiteral("card")) == 1714 - 571);
    CHECK(refundOf(*two, QStringLiteral("cash")) == 1286 - 429);
    CHECK(f.scalar("SELECT sum(amount_minor) FROM sale_payments WHERE tender = 'card'") == 0);
    CHECK(f.scalar("SELECT sum(amount_minor) FROM sale_payments WHERE tender = 'cash'") == 0);
}

TEST_CASE("Returning a member's sale restores stored value and points", "[sales][returns][members]")
{
    SalesFixture f;
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000007"));
    f.topUp(m.id, 10000);  // 10000 principal + 1000 bonus
    f.givePoints(m.id, 500);
    const Product a = f.product(QStringLiteral("A1"), 1100);
    const Uuid c = f.cart({{a, 2000}});  // ￥22
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    // 200 points (￥2), ￥11 stored value (1000 principal + 100 bonus), ￥9 cash.
    const SaleResult s = f.pay(c, {points(200), wallet(1100), cash(900)});
    // Earned on 2200 - 200 - 100 = 1900 → 19 points.
    CHECK(s.loyalty.pointsEarned == 19);
    Member mid = f.reloadMember(m.id);
    CHECK(mid.pointsBalance == 500 - 200 + 19);
    CHECK(mid.walletPrincipalMinor == 9000);
    CHECK(mid.walletBonusMinor == 900);

    // The line's shares, on the line: points (200 for ￥2.00), stored value, cash, by payment seq.
    const auto sharesOf = [&](qint64 saleId) {
        return f.db().queryText("SELECT tender_shares FROM sale_lines WHERE sale_id = ?", saleId).value_or(QString());
    };
    CHECK(sharesOf(s.saleId) == QStringLiteral("1:200:200;2:1100;3:900"));

    auto half = f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 1000}}, QStringLiteral("x"));
    REQUIRE_OK(half);
    CHECK(refundOf(*half, QStringLiteral("wallet")) == 550);
    CHECK(sharesOf(half->saleId) == QStringLiteral("1:-100:-100;2:-550;3:-450"));
    auto rest = f.returns->returnSale(f.supervisor, s.receiptNo, {}, QStringLiteral("x"));
    REQUIRE_OK(rest);
    const Member end = f.reloadMember(m.id);
    CHECK(end.pointsBalance == 500);
    CHECK(end.walletPrincipalMinor == 10000);
    CHECK(end.walletBonusMinor == 1000);
    auto check = f.members->points().check(m.id);
    REQUIRE_OK(check);
    CHECK(check->ok());
}

TEST_CASE("A full return gives a restorable coupon back", "[sales][returns][members]")
{
    SalesFixture f;
    f.openShift();
    const Member m = f.member(QStringLiteral("13800000008"));
    const QString amt5 = f.coupon(m.id, QStringLiteral("AMT5"));
    const Uuid c = f.cart({{f.product(QStringLiteral("A1"), 1000), 3000}});
    REQUIRE_OK(f.carts->attachMember(c, m.id));
    REQUIRE_OK(f.carts->setCoupons(c, {amt5}));
    const SaleResult s = f.pay(c, {cash(2500)});
    REQUIRE_OK(f.returns->returnSale(f.supervisor, s.receiptNo, {{1, 1000}}, QStringLiteral("x")));
    auto coupon = f.members->coupons().byId(amt5.toLongLong());
    REQUIRE_OK(coupon);
    const Uuid c2 = f.cart({{f.catalog->findBySku(QStringLiteral("A1")).value(), 3000}});
    REQUIRE_OK(f.carts->attachMember(c2, m.id));
    REQUIRE_OK(f.carts->setCoupons(c2, {amt5}));
    CHECK(f.quote(c2).couponProblems.size() == 1);  // still used after a partial return
    REQUIRE_OK(f.returns->returnSale(f.supervisor, s.receiptNo, {}, QStringLiteral("x")));
    CHECK(f.quote(c2).couponProblems.isEmpty());
}

TEST_CASE("Returns without a receipt need refund.noreceipt", "[sales][returns]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1290);
    const QList<std::pair<QString, qint64>> items{{QStringLiteral("A1"), 2000}};
    CHECK(f.returns->returnWithoutReceipt(f.cashier, items, QStringLiteral("x")).code() == ErrorCode::PermissionDenied);
    CHECK(f.returns->returnWithoutReceipt(f.supervisor, items, QStringLiteral("x")).code() == ErrorCode::PermissionDenied);
    CHECK(f.returns->returnWithoutReceipt(f.manager, {{QStringLiteral("A1"), 1500}}, QStringLiteral("x")).code() == ErrorCode::InvalidInput);
    CHECK(f.returns->returnWithoutReceipt(f.manager, {{QStringLiteral("NOPE"), 1000}}, QStringLiteral("x")).code() == ErrorCode::NotFound);
    auto r = f.returns->returnWithoutReceipt(f.manager, items, QStringLiteral("顾客无小票"));
    REQUIRE_OK(r);
    CHECK(r->refundMinor == 2580);
    CHECK(refundOf(*r, QStringLiteral("cash")) == 2580);
    CHECK(f.scalar("SELECT total_minor FROM sales WHERE id = ?", r->saleId) == -2580);
    CHECK(f.scalar("SELECT kind = 'return' FROM sales WHERE id = ?", r->saleId) == 1);
    // The slip cannot be returned either.
    CHECK(f.returns->returnSale(f.manager, r->receiptNo, {}, QStringLiteral("x")).code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT returns_minor FROM sum_day") == 2580);
}

TEST_CASE("Property: returning random sales piece by piece refunds exactly what was paid", "[sales][returns][property]")
{
    const quint32 seed = QRandomGenerator::global()->generate();
    std::cout << "sales return property seed: " << seed << std::endl;
    INFO("seed " << seed);
    QRandomGenerator rng(seed);

    SalesFixture f;
    f.openShift(100000);
    QList<Product> products;
    for (int i = 0; i < 6; ++i) {
        ProductSpec spec(QStringLiteral("P%1").arg(i), rng.bounded(100, 5000));
        if (i % 3 == 0)
            spec.memberPriceMinor = spec.priceMinor * 9 / 10;
        spec.weighed = i == 4 || i == 5;
        products << f.product(spec);
    }
    const Member m = f.member(QStringLiteral("13900000001"));
    f.topUp(m.id, 50000);
    f.givePoints(m.id, 100000);
    const Member start = f.reloadMember(m.id);

    struct Sold {
        QString receipt;
        QHash<QString, qint64> paid;  // tender → amount (points: the count)
        int lines = 0;
        QList<qint64> qty;
        bool weighed[8] = {};
    };
    QList<Sold> sales;
    for (int n = 0; n < 12; ++n) {
        const Uuid c = f.openCart();
        const int lineCount = rng.bounded(1, 5);
        for (int i = 0; i < lineCount; ++i) {
            const Product& p = products[rng.bounded(products.size())];
            const qint64 qty = p.weighed ? rng.bounded(50, 3000) : 1000 * rng.bounded(1, 6);
            REQUIRE_OK(f.carts->addProduct(c, p, qty));
        }
        const int lines = int(f.load(c).lines.size());
        for (int i = 1; i <= lines; ++i)
            if (rng.bounded(3) == 0)
                REQUIRE_OK(f.carts->setLineDiscount(c, i, rng.bounded(0, 1000), 0, f.cashier));
        if (rng.bounded(3) == 0)
            REQUIRE_OK(f.carts->setOrderDiscount(c, rng.bounded(0, 1000), 0, f.cashier));
        const bool withMember = rng.bounded(3) != 0;
        if (withMember) {
            REQUIRE_OK(f.carts->attachMember(c, m.id));
            if (rng.bounded(2) == 0)
                REQUIRE_OK(f.carts->setCoupons(c, {f.coupon(m.id, QStringLiteral("PCT10"))}));
        }
        const qint64 total = f.quote(c).priced.totalMinor;
        REQUIRE(total > 0);
        QList<TenderInput> tenders;
        qint64 left = total;
        if (withMember && rng.bounded(2) == 0 && total / 2 >= 100) {
            const qint64 pts = rng.bounded(100, int(total / 2) + 1);
            tenders << points(pts);
            left -= pts;  // 1 point = 1 fen
        }
        if (withMember && left > 0 && rng.bounded(2) == 0) {
            const Member now = f.reloadMember(m.id);
            const qint64 w = std::min<qint64>(now.walletBalanceMinor(), rng.bounded(1, int(left) + 1));
            if (w > 0) {
                tenders << wallet(w);
                left -= w;
            }
        }
        if (left > 0 && rng.bounded(2) == 0) {
            const qint64 cd = rng.bounded(1, int(left) + 1);
            tenders << card(cd);
            left -= cd;
        }
        if (left > 0)
            tenders << cash(left + rng.bounded(0, 2000));
        const SaleResult r = f.pay(c, tenders);
        Sold s;
        s.receipt = r.receiptNo;
        Statement st = f.db().prepare("SELECT tender, amount_minor, points FROM sale_payments WHERE sale_id = ?");
        st.bind(1, r.saleId);
        while (st.step()) {
            s.paid[st.text(0)] += st.int64(1);
            if (st.text(0) == u"points")
                s.paid[QStringLiteral("points#")] += st.int64(2);
        }
        auto lr = f.returns->returnable(r.receiptNo);
        REQUIRE_OK(lr);
        for (const ReturnableLine& l : *lr)
            s.qty << l.soldMilli;
        s.lines = int(lr->size());
        for (int i = 0; i < s.lines; ++i)
            s.weighed[i] = !(*lr)[i].unit.isEmpty() && (*lr)[i].unit == u"kg";
        sales << s;
    }
    const qint64 netBefore = f.scalar("SELECT net_minor FROM sum_day");
    CHECK(netBefore == f.scalar("SELECT sum(total_minor) FROM sales"));

    // Return everything: whole units one at a time, weighed lines in random parts.
    for (const Sold& s : sales) {
        QHash<QString, qint64> refunded;
        QList<qint64> left = s.qty;
        bool any = true;
        while (any) {
            any = false;
            for (int i = 0; i < s.lines; ++i) {
                if (left[i] == 0)
                    continue;
                any = true;
                qint64 q = s.weighed[i] ? std::min<qint64>(left[i], rng.bounded(1, 800)) : 1000;
                auto r = f.returns->returnSale(f.supervisor, s.receipt, {{i + 1, q}}, QStringLiteral("property"));
                REQUIRE_OK(r);
                left[i] -= q;
                for (const RefundPart& p : r->refunds) {
                    refunded[p.tender] += p.amountMinor;
                    if (p.tender == u"points")
                        refunded[QStringLiteral("points#")] += p.points;
                }
            }
        }
        INFO("receipt " << s.receipt);
        for (auto it = s.paid.cbegin(); it != s.paid.cend(); ++it) {
            INFO("tender " << it.key());
            CHECK(refunded.value(it.key()) == it.value());
        }
    }
    const Member end = f.reloadMember(m.id);
    CHECK(end.walletPrincipalMinor == start.walletPrincipalMinor);
    CHECK(end.walletBonusMinor == start.walletBonusMinor);
    CHECK(end.pointsBalance == start.pointsBalance);
    auto check = f.members->points().check(m.id);
    REQUIRE_OK(check);
    CHECK(check->ok());
    CHECK(f.scalar("SELECT net_minor FROM sum_day") == 0);
    CHECK(f.scalar("SELECT sum(amount_minor) FROM sum_tender") == 0);
    // Every line, sold or returned, carries shares that add up to what it paid or got back, and
    // every payment's lines, refunds included, add up to its amount and points.
    const LineShareTotals shares = LineShareTotals::read(f.db());
    CHECK(shares.shares > 0);
    CHECK(shares.linesNotAddingUp == 0);
    CHECK(shares.paymentsNotAddingUp == 0);
    CHECK(shares.pointsNotAddingUp == 0);
    CHECK(shares.sharesOfNoPayment == 0);
}

TEST_CASE("A receipt whose line shares do not match its payments is refused as damaged, not refunded", "[sales][returns]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1000);
    const SaleResult s = f.pay(f.cart({{a, 2000}}), {cash(2000)});
    const qint64 count0 = f.scalar("SELECT count(*) FROM sales");

    SECTION("a share of a payment the sale does not have")
    {
        f.db().execute("UPDATE sale_lines SET tender_shares = '9:2000' WHERE sale_id = ?", s.saleId);
    }
    SECTION("two payments with one number")
    {
        f.db().execute("INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor, points)"
                       " VALUES (x'0102', ?, 1, 'card', 0, 0, 0)", s.saleId);
    }
    const auto lines = f.returns->returnable(s.receiptNo);
    REQUIRE_FALSE(lines.ok());
    CHECK(lines.code() == ErrorCode::StoreDamaged);
    CHECK(lines.message().contains(s.receiptNo));
    const auto back = f.returns->returnSale(f.supervisor, s.receiptNo, {}, QStringLiteral("x"));
    REQUIRE_FALSE(back.ok());
    CHECK(back.code() == ErrorCode::StoreDamaged);
    CHECK(f.scalar("SELECT count(*) FROM sales") == count0);
}
