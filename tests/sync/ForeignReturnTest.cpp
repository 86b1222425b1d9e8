// A return of another store's sale while online (head office schema 6, till schema 14): store A
// sells, store B takes part of it back through head office, A takes back the rest; never more
// than was sold across the chain, not even by two tills at once; offline, B says head office is
// needed; afterwards head office's totals are the sum of the tills' and the member's stored value
// and points agree everywhere.

#include "ReturnShop.h"
#include "TestEnv.h"
#include "hq/HqReturnsClient.h"
#include "store/Database.h"

#include <QTcpServer>
#include <catch2/catch.hpp>
#include <thread>

using namespace patron;
using namespace patron::test;

namespace {

qint64 refundOf(const ReturnResult& r, const char* tender)
{
    qint64 sum = 0;
    for (const RefundPart& p : r.refunds)
        if (p.tender == QLatin1String(tender))
            sum += p.amountMinor;
    return sum;
}

// Head office's net for a store: its sales less its returns.
qint64 hqNet(HqFixture& hq, const char* store)
{
    return hq.scalar("SELECT (SELECT coalesce(sum(total_minor), 0) FROM hq.sales WHERE store_code = $1)"
                     " + (SELECT coalesce(sum(total_minor), 0) FROM hq.returns WHERE store_code = $1)",
                     {store});
}

int closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort(); // closed again when probe goes
}
} // namespace

TEST_CASE("another store's sale is returned online, the rest at its own store, never more than sold", "[sync][returns]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    Shop a(tillA), b(tillB);

    MemberFields fields;
    fields.name = QStringLiteral("李娜");
    fields.mobile = QStringLiteral("13800138000");
    auto member = a.members.members().registerMember(tillA.local().admin(), fields);
    REQUIRE_OK(member);
    REQUIRE_OK(a.members.wallet().topUp(tillA.local().admin(), member->id, 5000, QStringLiteral("cash"), QString()));
    // 3 × ￥12.00 = ￥36.00: ￥10.00 stored value, ￥26.00 by card.
    const SaleResult sale =
        a.sell(member->id, 3000,
               {{TenderKind::Wallet, 1000, 0, {}}, {TenderKind::Card, 2600, 0, QStringLiteral("POS-778812")}});
    REQUIRE_OK(tillA.worker().runOnce());

    SECTION("B returns one: exact share, card refunded by B's rule, stored value back to the member")
    {
        CHECK(b.returns.needsReceiptTotal(sale.receiptNo));
        auto r = b.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor);
        REQUIRE_OK(r);
        CHECK_FALSE(b.returns.needsReceiptTotal(sale.receiptNo)); // the copy is here now
        // A third of each payment's share, the extra fen to the larger remainder (the card's).
        CHECK(r->refundMinor == 1200);
        CHECK(refundOf(*r, "wallet") == 333);
        CHECK(refundOf(*r, "cash") == 867);
        CHECK(refundOf(*r, "card") == 0);
        CHECK(r->cashRefunded);
        // B's own books: one return, no sale; the copy counts nowhere.
        CHECK(b.net() == -1200);
        CHECK(b.db().queryInt64("SELECT coalesce(sum(sales), 0) FROM sum_day") == 0);
        CHECK(b.db().queryInt64("SELECT coalesce(sum(returns), 0) FROM sum_day") == 1);
        CHECK(b.count("foreign_sales") == 1);
        CHECK(b.member(member->uuid).walletBalanceMinor() == 5000 - 1000 + 333);
        // Committed: B's next sync confirms head office's hold before it pushes, so however long
        // the event then takes no other till can take the same unit back.
        CHECK(b.count("return_holds WHERE state = 'committed'") == 1);
        REQUIRE_OK(tillB.worker().runOnce());
        CHECK(hq.scalar("SELECT count(*) FROM hq.return_holds WHERE expires_at = 'infinity'") == 1);
        CHECK(b.count("return_holds") == 0);
        CHECK(hq.scalar("SELECT count(*) FROM hq.returns WHERE store_code = 'SH02'") == 1);
        // (The tills' own product.changed events wait at head office as unknown_type.)
        CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE status <> 'applied' AND type <> 'product.changed'") == 0);

        // A takes back the rest: what B refunded is not refunded again.
        auto rest = a.giveBack(sale.receiptNo, {});
        REQUIRE_OK(rest);
        CHECK(rest->refundMinor == 2400);
        CHECK(refundOf(*rest, "wallet") == 667);
        CHECK(refundOf(*rest, "card") == 1733);
        REQUIRE_OK(tillA.worker().runOnce());

        // Nothing is left anywhere: both tills refuse, and head office refuses a hold by itself.
        CHECK(a.giveBack(sale.receiptNo, {{1, 1000}}).code() == ErrorCode::Refused);
        CHECK(b.giveBack(sale.receiptNo, {{1, 1000}}).code() == ErrorCode::Refused);
        auto conn = PgConnection::connect(tillB.connectInfo());
        REQUIRE_OK(conn);
        auto hold = HqReturnsClient(*conn).reserve(
            Uuid::v7(tillB.local().clock().nowMs()), sale.uuid,
            QJsonArray{QJsonObject{{QStringLiteral("line_no"), 1}, {QStringLiteral("qty_milli"), 1000}}}, QJsonArray{});
        REQUIRE_OK(hold);
        CHECK_FALSE(hold->reserved);

        // Head office's totals are the tills' totals; refunds add up to what was paid.
        CHECK(hqNet(hq, "SH01") == a.net());
        CHECK(hqNet(hq, "SH02") == b.net());
        CHECK(a.net() + b.net() == 0);
        // The member's stored value and points agree at head office and at both tills.
        REQUIRE_OK(tillA.worker().runOnce());
        REQUIRE_OK(tillB.worker().runOnce());
        const qint64 hqWallet = hq.scalar(
            "SELECT coalesce(sum(principal_minor + bonus_minor), 0) FROM hq.wallet_ledger WHERE member_uuid = $1::uuid",
            {member->uuid.toString()});
        const qint64 hqPoints =
            hq.scalar("SELECT coalesce(sum(points), 0) FROM hq.points_ledger WHERE member_uuid = $1::uuid",
                      {member->uuid.toString()});
        CHECK(hqWallet == 5000);
        CHECK(a.member(member->uuid).walletBalanceMinor() == hqWallet);
        CHECK(b.member(member->uuid).walletBalanceMinor() == hqWallet);
        CHECK(a.member(member->uuid).pointsBalance == hqPoints);
        CHECK(b.member(member->uuid).pointsBalance == hqPoints);
    }

    SECTION("B asks for more than is left: refused, nothing written")
    {
        REQUIRE_OK(a.giveBack(sale.receiptNo, {{1, 2000}}));
        REQUIRE_OK(tillA.worker().runOnce());
        const qint64 pendingBefore = tillB.local().outbox().pendingCount();
        auto r = b.giveBack(sale.receiptNo, {{1, 2000}}, sale.totalMinor);
        REQUIRE(r.code() == ErrorCode::Refused);
        CHECK(r.message().contains(QStringLiteral("1")));
        CHECK(b.count("sales WHERE kind = 'return'") == 0);
        CHECK(tillB.local().outbox().pendingCount() == pendingBefore);
        CHECK(b.count("return_holds") == 0); // refused: head office holds nothing to settle
        REQUIRE_OK(b.giveBack(sale.receiptNo, {{1, 1000}}));
    }

    SECTION("offline, B says the receipt is another store's and head office is needed")
    {
        PgConnectInfo dead = tillB.connectInfo();
        dead.dsn.replace(QStringLiteral("port=%1").arg(hq.database().server().port()),
                         QStringLiteral("port=%1").arg(closedPort()));
        HqReturnAuthority offline(b.db(), tillB.local().clock(), tillB.local().outbox(),
                                  tillB.local().store().identity(), dead, b.headOffice);
        ReturnService returns(b.sales, &offline);
        // Without the total the till does not even ask.
        CHECK(returns.returnable(sale.receiptNo).code() == ErrorCode::InvalidInput);
        auto lines = returns.returnable(sale.receiptNo, sale.totalMinor);
        REQUIRE(lines.code() == ErrorCode::Unavailable);
        CHECK(lines.message().contains(QStringLiteral("another store")));
        auto r = returns.returnSale(tillB.local().admin(), sale.receiptNo, {{1, 1000}}, QStringLiteral("破损"),
                                    QString(), sale.totalMinor);
        REQUIRE(r.code() == ErrorCode::Unavailable);
        CHECK(b.count("sales") == 0);
        // A's own sale, A offline: its own records decide.
        HqReturnAuthority offlineA(a.db(), tillA.local().clock(), tillA.local().outbox(),
                                   tillA.local().store().identity(), dead, a.headOffice);
        REQUIRE_OK(ReturnService(a.sales, &offlineA)
                       .returnSale(tillA.local().admin(), sale.receiptNo, {{1, 1000}}, QStringLiteral("破损")));
    }
}

TEST_CASE("two tills returning the last unit of a line at once: exactly one succeeds", "[sync][returns]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    TestTill tillC(hq, QStringLiteral("SH02"), QStringLiteral("T2"));
    Shop a(tillA), b(tillB), c(tillC);
    QStringList receipts;
    for (int i = 0; i < 4; ++i)
        receipts << a.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}}).receiptNo;
    REQUIRE_OK(tillA.worker().runOnce());
    for (const QString& receipt : receipts) {
        // Both see the unit as returnable...
        REQUIRE_OK(b.returns.returnable(receipt, 1200));
        REQUIRE_OK(c.returns.returnable(receipt, 1200));
        // ...and both try at once.
        std::optional<Result<ReturnResult>> rb, rc;
        std::thread tb([&] { rb.emplace(b.giveBack(receipt, {{1, 1000}})); });
        std::thread tc([&] { rc.emplace(c.giveBack(receipt, {{1, 1000}})); });
        tb.join();
        tc.join();
        INFO(receipt.toStdString() << " B: " << rb->message().toStdString() << " C: " << rc->message().toStdString());
        CHECK(int(rb->ok()) + int(rc->ok()) == 1);
        CHECK((rb->ok() ? rc->code() : rb->code()) == ErrorCode::Refused);
    }
    REQUIRE_OK(tillB.worker().runOnce());
    REQUIRE_OK(tillC.worker().runOnce());
    CHECK(hq.scalar("SELECT count(*) FROM hq.returns") == receipts.size());
    CHECK(hqNet(hq, "SH02") == b.net() + c.net());
    CHECK(b.net() + c.net() == -1200 * receipts.size());
}

TEST_CASE("head office lists a line returned beyond what was sold, and counts returns without a receipt",
          "[sync][returns]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    Shop a(tillA), b(tillB);
    const SaleResult sale = a.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());

    // B takes the unit back online; A, offline, takes the same unit back by its own records.
    REQUIRE_OK(b.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor));
    PgConnectInfo dead = tillA.connectInfo();
    dead.dsn.replace(QStringLiteral("port=%1").arg(hq.database().server().port()), QStringLiteral("port=%1").arg(closedPort()));
    HqReturnAuthority offline(a.db(), tillA.local().clock(), tillA.local().outbox(), tillA.local().store().identity(), dead,
                              a.headOffice);
    REQUIRE_OK(ReturnService(a.sales, &offline).returnSale(tillA.local().admin(), sale.receiptNo, {}, QStringLiteral("破损")));
    // And a return without a receipt at A.
    REQUIRE_OK(a.returns.returnWithoutReceipt(tillA.local().admin(), {{QStringLiteral("W1"), 1000}}, QStringLiteral("无小票")));
    REQUIRE_OK(tillB.worker().runOnce());
    REQUIRE_OK(tillA.worker().runOnce());

    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE status <> 'applied' AND type <> 'product.changed'") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.returns") == 3);
    CHECK(hq.scalar("SELECT count(*) FROM hq.conflicts WHERE kind = 'over_returned' AND resolved_at IS NULL") == 1);
    CHECK(hq.scalar("SELECT (details ->> 'returned_milli')::bigint FROM hq.conflicts WHERE kind = 'over_returned'") == 2000);
    CHECK(hqNet(hq, "SH01") == a.net());
    CHECK(hqNet(hq, "SH02") == b.net());
    CHECK(a.net() == 1200 - 1200 - 1200);
}
