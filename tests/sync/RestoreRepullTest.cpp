// A till restored from a backup older than its last sales gets back, before it sells again, the
// points and stored value it moved after the backup (head office never sends a till its own
// entries in a normal pull), the receipt numbers it already used, its sales and returns (with a
// receipt or without) with their summaries, and its members' visit and spend counters.

#include "HqFixture.h"
#include "RepullFigures.h"
#include "TestEnv.h"

#include "catalog/Pinyin.h"
#include "catalog/ProductCatalog.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"
#include "sales/SaleCopyWithoutReceipt.h"
#include "sales/SalesContext.h"
#include "sales/ShiftService.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "sync/PullHandlers.h"
#include "sync/ResyncGate.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

#include <optional>

using namespace patron;
using namespace patron::test;

namespace {

// The selling engines on whatever store is open now (rebuilt after the restore reopens it).
struct Shop {
    ProductCatalog catalog;
    MembersModule members;
    MembersLoyalty loyalty;
    SalesContext sales;
    explicit Shop(TempStore& t)
        : catalog(t.db(), t.audit(), t.outbox(), t.clock()),
          members(t.db(), t.clock(), t.audit(), t.outbox(), t.store().identity().storeCode,
                  [](const QString& s) { return pinyinInitials(s, 8); }),
          loyalty(members, t.db(), t.clock()),
          sales{t.db(), t.clock(), t.audit(), t.outbox(), catalog, loyalty, t.store().identity(), t.store().receiptEpoch()}
    {
    }
    SaleResult sell(TempStore& t, qint64 memberId, qint64 walletMinor, qint64 cashMinor)
    {
        auto product = catalog.findBySku(QStringLiteral("W1"));
        REQUIRE(product);
        CartService carts(sales);
        auto cart = carts.openCart(t.admin());
        REQUIRE_OK(cart);
        REQUIRE_OK(carts.addProduct(cart->uuid, *product, 1000));
        REQUIRE_OK(carts.attachMember(cart->uuid, memberId));
        QList<TenderInput> tenders;
        if (walletMinor > 0)
            tenders.append({TenderKind::Wallet, walletMinor, 0, {}});
        if (cashMinor > 0)
            tenders.append({TenderKind::Cash, cashMinor, 0, {}});
        auto sale = CheckoutService(sales).pay(t.admin(), cart->uuid, tenders);
        REQUIRE_OK(sale);
        return *sale;
    }
};

qint64 hqPoints(HqFixture& hq, const Uuid& m)
{
    return hq.scalar("SELECT coalesce(sum(points), 0) FROM hq.points_ledger WHERE member_uuid = $1::uuid", {m.toString()});
}
qint64 hqWallet(HqFixture& hq, const Uuid& m)
{
    return hq.scalar("SELECT coalesce(sum(principal_minor + bonus_minor), 0) FROM hq.wallet_ledger WHERE member_uuid = $1::uuid",
                     {m.toString()});
}
} // namespace

TEST_CASE("a restored till re-pulls its own points and stored value and continues its receipt numbers",
          "[sync][restore]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TempStore& t = till.local();
    std::optional<Shop> shop(std::in_place, t);
    ProductInput in;
    in.sku = QStringLiteral("W1");
    in.name = QStringLiteral("矿泉水");
    in.priceMinor = 1200;
    in.costMinor = 730;
    REQUIRE_OK(shop->catalog.add(t.admin(), in));
    MemberFields fields;
    fields.name = QStringLiteral("张伟");
    fields.mobile = QStringLiteral("13912345678");
    auto member = shop->members.members().registerMember(t.admin(), fields);
    REQUIRE_OK(member);
    REQUIRE_OK(shop->members.wallet().topUp(t.admin(), member->id, 5000, QStringLiteral("cash"), QString()));
    REQUIRE_OK(ShiftService(shop->sales).open(t.admin(), 10000));
    REQUIRE_OK(till.worker().runOnce());

    const QString file = t.tempPath(QStringLiteral("before-sales.pbk"));
    REQUIRE_OK(backupStore(t.store(), file));
    auto backedUp = shop->members.members().byId(member->id);
    REQUIRE_OK(backedUp);

    // After the backup: two sales with stored value and points, pushed to head office.
    CHECK(shop->sell(t, member->id, 500, 700).receiptNo == QStringLiteral("RSH01-T1-1-000001"));
    CHECK(shop->sell(t, member->id, 1200, 0).receiptNo == QStringLiteral("RSH01-T1-1-000002"));
    REQUIRE_OK(till.worker().runOnce());
    // One of them is returned before the PC dies: the restored till needs that too.
    REQUIRE_OK(ReturnService(shop->sales).returnSale(t.admin(), QStringLiteral("RSH01-T1-1-000001"), {{1, 0}},
                                                     QStringLiteral("破损")));
    REQUIRE_OK(till.worker().runOnce());
    // And a customer without a receipt brings back two bottles, refunded in cash.
    auto noReceipt = ReturnService(shop->sales).returnWithoutReceipt(t.admin(), {{QStringLiteral("W1"), 2000}},
                                                                     QStringLiteral("顾客无小票"));
    REQUIRE_OK(noReceipt);
    CHECK(noReceipt->receiptNo == QStringLiteral("RSH01-T1-1-000004"));
    REQUIRE_OK(till.worker().runOnce());
    CHECK(t.outbox().pendingCount() == 0);
    // Head office took the return's lines and payments (the payload's additions) as before.
    CHECK(hq.scalar("SELECT count(*) FROM hq.returns WHERE sale_uuid IS NULL AND total_minor = -2400 "
                    "AND jsonb_array_length(detail -> 'lines') = 1 AND detail #>> '{payments,0,tender}' = 'cash'") == 1);
    const qint64 points = hqPoints(hq, member->uuid), wallet = hqWallet(hq, member->uuid);
    CHECK(wallet == 5000 - 1200);
    REQUIRE(points != backedUp->pointsBalance);  // the sales earned points the backup lacks
    const qint64 hqEntries = hq.scalar("SELECT count(*) FROM hq.points_ledger") + hq.scalar("SELECT count(*) FROM hq.wallet_ledger");
    const auto daySummary = [&] {
        Statement s = t.db().prepare("SELECT group_concat(business_day || ':' || sales || ':' || returns || ':' || net_minor || ':' "
                                     "|| returns_minor, ';') FROM (SELECT * FROM sum_day ORDER BY business_day)");
        REQUIRE(s.step());
        return s.text(0);
    };
    const QString summaryBefore = daySummary();
    const QString figuresBefore = dayFigures(t.db());
    const QString bookedBefore = bookings(t.db());
    const QString memberBefore = memberFigures(t.db(), member->uuid);
    const QString cashBefore = rows(t.db(), "SELECT tender || ':' || sum(amount_minor) || ',' || sum(tendered_minor) AS r "
                                            "FROM sale_payments GROUP BY tender ORDER BY tender");
    const qint64 tenderCountBefore = *t.db().queryInt64("SELECT count(*) FROM sale_payments");

    // The PC dies; the till is restored from the older backup.
    shop.reset();
    t.close();
    auto restored = restoreStore(t.dir(), file, kPassphrase);
    REQUIRE_OK(restored);
    t.reopen();
    shop.emplace(t);
    PullInbox inbox(t.db(), t.clock());
    SyncState state(t.db(), t.clock());
    PullHandlers handlers(t.db(), t.outbox(), t.clock());
    handlers.install(inbox);
    auto stale = shop->members.members().byId(member->id);
    REQUIRE_OK(stale);
    CHECK(stale->walletBalanceMinor() == 5000);
    CHECK(memberFigures(t.db(), member->uuid) != memberBefore);  // the backup predates the member's visits
    CHECK(dayFigures(t.db()) != figuresBefore);
    ResyncGate gate(t.db());
    CHECK(gate.checkCanSell(true).code() == ErrorCode::Refused);

    SyncWorker worker(t.db(), t.outbox(), inbox, state, t.clock(), till.connectInfo());
    auto report = worker.runOnce();
    REQUIRE_OK(report);
    CHECK_FALSE(gate.pending());
    REQUIRE_OK(gate.checkCanSell(true));
    auto back = shop->members.members().byId(member->id);
    REQUIRE_OK(back);
    CHECK(back->walletBalanceMinor() == wallet);
    CHECK(back->pointsBalance == points);
    auto consistent = shop->members.wallet().check(member->id);
    REQUIRE_OK(consistent);
    CHECK(*consistent);
    // Nothing was counted twice: head office holds the same entries, and a second re-pull
    // (another restore of the same state) changes no balance.
    CHECK(hq.scalar("SELECT count(*) FROM hq.points_ledger") + hq.scalar("SELECT count(*) FROM hq.wallet_ledger")
          == hqEntries);
    // Its own sales and the return after the backup are back, counted in its summaries as before.
    CHECK(t.db().queryInt64("SELECT count(*) FROM sales") == 4);
    CHECK(t.db().queryInt64("SELECT count(*) FROM sale_payments") == tenderCountBefore);
    CHECK(daySummary() == summaryBefore);
    CHECK(dayFigures(t.db()) == figuresBefore);
    CHECK(bookings(t.db()) == bookedBefore);  // each in the shift it was made in
    CHECK(rows(t.db(), "SELECT tender || ':' || sum(amount_minor) || ',' || sum(tendered_minor) AS r "
                       "FROM sale_payments GROUP BY tender ORDER BY tender") == cashBefore);
    CHECK(memberFigures(t.db(), member->uuid) == memberBefore);
    // The return without a receipt is back whole: its line, cashier, reason and refund.
    CHECK(t.db().queryText("SELECT cashier || '/' || reason || '/' || total_minor || '/' || items_milli FROM sales "
                           "WHERE receipt_no = 'RSH01-T1-1-000004'")
          == QStringLiteral("%1/顾客无小票/-2400/-2000").arg(t.admin().userName));
    CHECK(t.db().queryText("SELECT l.sku || '/' || l.qty_milli || '/' || l.net_minor || '/' || l.unit_cost_minor || '/' || "
                           "l.tender_shares || '/' || p.tender FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                           "JOIN sale_payments p ON p.sale_id = s.id AND p.seq = 1 WHERE s.receipt_no = 'RSH01-T1-1-000004'")
          == QStringLiteral("W1/-2000/-2400/730/1:-2400/cash"));
    CHECK(t.db().queryInt64("SELECT count(*) FROM foreign_sales") == 0);
    {
        Transaction tx(t.db());
        t.db().execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('needs_resync', '1')");
        tx.commit();
    }
    REQUIRE_OK(worker.runOnce());
    CHECK(daySummary() == summaryBefore);  // a second re-pull writes nothing twice
    CHECK(dayFigures(t.db()) == figuresBefore);
    CHECK(memberFigures(t.db(), member->uuid) == memberBefore);
    auto again = shop->members.members().byId(member->id);
    REQUIRE_OK(again);
    CHECK(again->walletBalanceMinor() == wallet);
    CHECK(again->pointsBalance == points);

    // Receipt numbers: epoch 1's numbers head office saw (the return slip's too) are known used; the till sells on in
    // its new epoch.
    CHECK(t.db().queryInt64("SELECT last_seq FROM receipt_sequences WHERE epoch = 1") == 4);
    CHECK(restored->newReceiptEpoch == 2);
    CHECK(shop->sell(t, member->id, 0, 1200).receiptNo == QStringLiteral("RSH01-T1-2-000001"));

    // A sale made after the backup can be returned here again; the one already returned cannot.
    CHECK(ReturnService(shop->sales).returnSale(t.admin(), QStringLiteral("RSH01-T1-1-000001"), {}, QStringLiteral("破损")).code()
          == ErrorCode::Refused);
    auto returned = ReturnService(shop->sales).returnSale(t.admin(), QStringLiteral("RSH01-T1-1-000002"), {}, QStringLiteral("破损"));
    REQUIRE_OK(returned);
    CHECK(returned->refundMinor == 1200);
    auto refunded = shop->members.members().byId(member->id);
    REQUIRE_OK(refunded);
    CHECK(refunded->walletBalanceMinor() == wallet + 1200);
}

TEST_CASE("a return without a receipt is rebuilt once from its payload, never from one without payments",
          "[sync][restore]")
{
    TempStore t;
    const auto sales = [&] { return *t.db().queryInt64("SELECT count(*) FROM sales"); };
    const auto cash = [&] {
        return *t.db().queryInt64("SELECT coalesce(sum(net_minor), 0) FROM sum_daily WHERE kind = 't' AND key = 'cash'");
    };
    QJsonObject ret{{QStringLiteral("return_uuid"), Uuid::v7(1773453600000).toString()},
                    {QStringLiteral("receipt_no"), QStringLiteral("RSH01-T1-1-000009")},
                    {QStringLiteral("returned_at"), QStringLiteral("2026-03-14T10:00:00+08:00")},
                    {QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                    {QStringLiteral("total_minor"), -1500},
                    {QStringLiteral("reason"), QStringLiteral("顾客无小票")},
                    {QStringLiteral("without_receipt"), true}};
    Transaction tx(t.db());
    SaleCopyWithoutReceipt copy(t.db());
    // The earlier form (only the total): which drawer refunded it is unknown, so nothing is written.
    CHECK_FALSE(copy.write(ret));
    CHECK(sales() == 0);
    // A product since deleted (unknown code) still gives back its line and refund.
    ret.insert(QStringLiteral("lines"),
               QJsonArray{QJsonObject{{QStringLiteral("line_uuid"), Uuid::v7(1773453600000).toString()},
                                      {QStringLiteral("line_no"), 1},
                                      {QStringLiteral("product_code"), QStringLiteral("GONE")},
                                      {QStringLiteral("name"), QStringLiteral("旧商品")},
                                      {QStringLiteral("qty_milli"), -1000},
                                      {QStringLiteral("unit_price_minor"), 1500},
                                      {QStringLiteral("total_minor"), -1500}}});
    ret.insert(QStringLiteral("cashier"), QStringLiteral("王芳"));
    ret.insert(QStringLiteral("authorized_by"), QStringLiteral("admin"));
    ret.insert(QStringLiteral("payments"),
               QJsonArray{QJsonObject{{QStringLiteral("payment_uuid"), Uuid::v7(1773453600000).toString()},
                                      {QStringLiteral("tender"), QStringLiteral("cash")},
                                      {QStringLiteral("amount_minor"), -1500}}});
    const auto id = copy.write(ret);
    REQUIRE(id);
    CHECK(sales() == 1);
    CHECK(cash() == -1500);
    CHECK(t.db().queryInt64("SELECT count(*) FROM sale_lines WHERE sale_id = ? AND product_id IS NULL AND net_minor = -1500", *id)
          == 1);
    // Written once: the same return again changes nothing.
    CHECK_FALSE(copy.write(ret));
    CHECK(sales() == 1);
    CHECK(cash() == -1500);
    tx.commit();
}
