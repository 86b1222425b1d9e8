// A restored till's re-pull, the parts head-office schema 9 adds: its own return of another
// store's receipt comes back with that sale (the backup may predate the copy the return was made
// against), and its shifts come back (recreated, or closed as they were closed) with every sale
// and return booked to its own shift's drawer. In both, the till's X report, tender totals and
// member counters are what they were before the crash, and a second re-pull changes nothing.

#include "RepullFigures.h"
#include "RestoreShop.h"
#include "TestEnv.h"
#include "sales/SaleCopy.h"
#include "sales/ShiftCopy.h"
#include "sales/ShiftService.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "sync/PullHandlers.h"
#include "sync/ResyncGate.h"

#include <QJsonArray>
#include <catch2/catch.hpp>
#include <optional>

using namespace patron;
using namespace patron::test;

TEST_CASE("a restored till gets back its return of another store's receipt with that sale", "[sync][restore][returns]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    PullHandlers handlersA(tillA.local().db(), tillA.local().outbox(), tillA.local().clock());
    handlersA.install(tillA.inbox());
    std::optional<PullHandlers> handlersB(std::in_place, tillB.local().db(), tillB.local().outbox(),
                                          tillB.local().clock());
    handlersB->install(tillB.inbox());
    RestoreShop a(tillA.local(), tillA.connectInfo());
    std::optional<RestoreShop> b(std::in_place, tillB.local(), tillB.connectInfo());
    a.addProduct();
    b->addProduct();
    REQUIRE_OK(ShiftService(a.sales).open(tillA.local().admin(), 10000));
    REQUIRE_OK(ShiftService(b->sales).open(tillB.local().admin(), 10000));

    MemberFields fields;
    fields.name = QStringLiteral("李娜");
    fields.mobile = QStringLiteral("13800138000");
    auto member = a.members.members().registerMember(tillA.local().admin(), fields);
    REQUIRE_OK(member);
    REQUIRE_OK(a.members.wallet().topUp(tillA.local().admin(), member->id, 5000, QStringLiteral("cash"), QString()));
    // 3 × ￥12.00: ￥10.00 stored value, ￥26.00 by card.
    const SaleResult sale = a.sell(
        member->id, 3000, {{TenderKind::Wallet, 1000, 0, {}}, {TenderKind::Card, 2600, 0, QStringLiteral("POS-1")}});
    REQUIRE_OK(tillA.worker().runOnce());
    REQUIRE_OK(tillB.worker().runOnce());

    // B's backup knows nothing of A's sale.
    const QString backup = tillB.local().tempPath(QStringLiteral("b-before-return.pbk"));
    REQUIRE_OK(backupStore(tillB.local().store(), backup));

    // B takes one back online (a third of each payment's share: ￥3.33 stored value, the card's
    // ￥8.67 in cash by B's rule), and A takes one back at home.
    const ReturnResult atB = b->giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor);
    CHECK(atB.refundMinor == 1200);
    REQUIRE_OK(tillB.worker().runOnce());
    REQUIRE_OK(tillA.worker().runOnce());
    a.giveBack(sale.receiptNo, {{1, 1000}});
    REQUIRE_OK(tillA.worker().runOnce());
    REQUIRE_OK(tillB.worker().runOnce());
    REQUIRE(tillB.local().outbox().pendingCount() == 0);
    // (Tills' own product.changed events wait at head office as unknown_type.)
    REQUIRE(hq.scalar("SELECT count(*) FROM hq.events WHERE status <> 'applied' AND type <> 'product.changed'") == 0);

    const Figures before = Figures::of(*b, member->uuid);
    const QString copyBefore = rows(
        tillB.local().db(), "SELECT f.store_code || '/' || f.till_code || '/' || s.receipt_no || '/' || s.total_minor "
                            "|| '/' || (SELECT count(*) FROM sale_lines WHERE sale_id = s.id) AS r "
                            "FROM foreign_sales f JOIN sales s ON s.id = f.sale_id");
    CHECK(copyBefore == QStringLiteral("SH01/T1/%1/3600/1").arg(sale.receiptNo));
    const qint64 walletAtHq = hq.scalar(
        "SELECT coalesce(sum(principal_minor + bonus_minor), 0) FROM hq.wallet_ledger WHERE member_uuid = $1::uuid",
        {member->uuid.toString()});

    handlersB.reset();
    restoreAndRepull(tillB, b, backup, true);
    Database& db = tillB.local().db();
    // The copy is back (fetched when it was returned), and B's return is written against it.
    CHECK(rows(db, "SELECT f.store_code || '/' || f.till_code || '/' || s.receipt_no || '/' || s.total_minor "
                   "|| '/' || (SELECT count(*) FROM sale_lines WHERE sale_id = s.id) AS r "
                   "FROM foreign_sales f JOIN sales s ON s.id = f.sale_id") == copyBefore);
    CHECK(db.queryInt64("SELECT count(*) FROM sales s JOIN foreign_sales f ON f.sale_id = s.original_sale_id "
                        "WHERE s.kind = 'return' AND s.total_minor = -1200") == 1);
    // What A took back is known here, so the return screen shows what is really left.
    CHECK(db.queryInt64("SELECT sum(qty_milli) FROM returned_elsewhere") == 1000);
    CHECK(Figures::of(*b, member->uuid) == before);
    auto cached =
        b->members.members().byId(*db.queryInt64("SELECT id FROM members WHERE uuid = ?", member->uuid.bytes()));
    REQUIRE_OK(cached);
    CHECK(cached->walletBalanceMinor() == walletAtHq);

    // A second re-pull changes nothing.
    markForResync(db);
    PullInbox inbox(db, tillB.local().clock());
    SyncState state(db, tillB.local().clock());
    PullHandlers handlers(db, tillB.local().outbox(), tillB.local().clock());
    handlers.install(inbox);
    REQUIRE_OK(
        SyncWorker(db, tillB.local().outbox(), inbox, state, tillB.local().clock(), tillB.connectInfo()).runOnce());
    CHECK(Figures::of(*b, member->uuid) == before);
    CHECK(db.queryInt64("SELECT count(*) FROM sales") == 2);

    // The last unit can still be returned here; nothing beyond it.
    CHECK(b->giveBack(sale.receiptNo, {{1, 0}}, sale.totalMinor).refundMinor == 1200);
    CHECK(b->returns.returnSale(tillB.local().admin(), sale.receiptNo, {{1, 1000}}, QStringLiteral("尺寸不合适"))
              .code() == ErrorCode::Refused);
}

TEST_CASE("a restored till gets back its shifts: closed as they closed, open with its drawer, each sale in its own",
          "[sync][restore][shifts]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TempStore& t = till.local();
    std::optional<RestoreShop> shop(std::in_place, t, std::nullopt);
    shop->addProduct();
    auto first = ShiftService(shop->sales).open(t.admin(), 10000);
    REQUIRE_OK(first);
    shop->sell(0, 1000, {{TenderKind::Cash, 2000, 0, {}}}); // ￥8.00 change: the drawer takes ￥12.00
    REQUIRE_OK(till.worker().runOnce());
    const QString backup = t.tempPath(QStringLiteral("in-shift-1.pbk"));
    REQUIRE_OK(backupStore(t.store(), backup));

    // After the backup: shift 1 sells again and closes ￥1.00 short; shift 2 opens, sells by card
    // and in cash, and refunds one of shift 1's sales from its own drawer.
    const SaleResult late = shop->sell(0, 2000, {{TenderKind::Cash, 2400, 0, {}}});
    t.clock().advanceSecs(60);
    auto closed = ShiftService(shop->sales).close(t.admin(), 13500);
    REQUIRE_OK(closed);
    CHECK(closed->expectedMinor == 10000 + 1200 + 2400);
    t.clock().advanceSecs(60);
    auto second = ShiftService(shop->sales).open(t.admin(), 5000);
    REQUIRE_OK(second);
    shop->sell(0, 1000, {{TenderKind::Card, 1200, 0, QStringLiteral("POS-2")}});
    shop->sell(0, 2000, {{TenderKind::Cash, 2400, 0, {}}});
    CHECK(shop->giveBack(late.receiptNo, {{1, 1000}}).refundMinor == 1200);
    auto noReceipt =
        shop->returns.returnWithoutReceipt(t.admin(), {{QStringLiteral("W1"), 1000}}, QStringLiteral("顾客无小票"));
    REQUIRE_OK(noReceipt);
    REQUIRE_OK(till.worker().runOnce());
    REQUIRE(t.outbox().pendingCount() == 0);
    // Head office holds both shifts: the first closed with its figures, the second open.
    CHECK(hq.scalar(
              "SELECT count(*) FROM hq.shifts WHERE uuid = $1::uuid AND closed_at IS NOT NULL AND float_minor = 10000 "
              "AND (summary ->> 'counted_minor')::bigint = 13500 AND (summary ->> 'expected_minor')::bigint = 13600",
              {first->uuid.toString()}) == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.shifts WHERE uuid = $1::uuid AND closed_at IS NULL AND float_minor = 5000",
                    {second->uuid.toString()}) == 1);
    // Shift 2's drawer: its float, its cash sale, less the two cash refunds.
    const qint64 drawer2 = 5000 + 2400 - 1200 - 1200;
    const Figures before = Figures::of(*shop, std::nullopt);

    restoreAndRepull(till, shop, backup, false);
    Database& db = t.db();
    CHECK(Figures::of(*shop, std::nullopt) == before);
    CHECK(db.queryText("SELECT closed_at || '/' || counted_minor || '/' || expected_minor FROM shifts WHERE uuid = ?",
                       first->uuid.bytes()) == QStringLiteral("%1/13500/13600").arg(closed->closedAt));
    auto current = ShiftService(shop->sales).current();
    REQUIRE(current);
    CHECK(current->uuid == second->uuid);
    CHECK(current->floatMinor == 5000);
    CHECK(current->openedAt == second->openedAt);
    // Every sale and return after the backup is in the shift it was made in.
    CHECK(db.queryInt64("SELECT count(*) FROM sales s JOIN shifts sh ON sh.id = s.shift_id WHERE sh.uuid = ?",
                        first->uuid.bytes()) == 2);
    CHECK(db.queryInt64("SELECT count(*) FROM sales s JOIN shifts sh ON sh.id = s.shift_id WHERE sh.uuid = ?",
                        second->uuid.bytes()) == 4);
    auto x = ShiftService(shop->sales).xReport();
    REQUIRE_OK(x);
    CHECK(x->expectedCashMinor == 13600 + drawer2);
    CHECK(x->floatMinor == 15000);

    // A second re-pull changes nothing.
    markForResync(db);
    PullInbox inbox(db, t.clock());
    SyncState state(db, t.clock());
    REQUIRE_OK(SyncWorker(db, t.outbox(), inbox, state, t.clock(), till.connectInfo()).runOnce());
    CHECK(Figures::of(*shop, std::nullopt) == before);

    // Shift 2 closes with nothing missing from its drawer.
    t.clock().advanceSecs(60);
    auto closing = ShiftService(shop->sales).close(t.admin(), drawer2);
    REQUIRE_OK(closing);
    CHECK(closing->expectedMinor == drawer2);
}

TEST_CASE("head office keeps a shift from its open and still takes a close in the earlier form", "[sync][shifts]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    const QString opened = Uuid::v7(1773453600000).toString(), legacy = Uuid::v7(1773453600001).toString();
    till.record(QStringLiteral("shift.opened"), 1,
                {{QStringLiteral("shift_uuid"), opened},
                 {QStringLiteral("cashier"), QStringLiteral("王芳")},
                 {QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                 {QStringLiteral("opened_at"), QStringLiteral("2026-03-14T09:00:00+08:00")},
                 {QStringLiteral("float_minor"), 20000}});
    // A shift.opened without its float is refused, kept with its reason.
    till.record(QStringLiteral("shift.opened"), 1,
                {{QStringLiteral("shift_uuid"), Uuid::v7(1773453600002).toString()},
                 {QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                 {QStringLiteral("opened_at"), QStringLiteral("2026-03-14T09:00:00+08:00")}});
    const QJsonObject summary{{QStringLiteral("float_minor"), 20000},
                              {QStringLiteral("expected_minor"), 25000},
                              {QStringLiteral("counted_minor"), 24900}};
    const auto close = [&](const QString& shift, const QString& closedAt) {
        // The form before business_day travelled.
        till.record(QStringLiteral("shift.closed"), 1,
                    {{QStringLiteral("shift_uuid"), shift},
                     {QStringLiteral("cashier"), QStringLiteral("王芳")},
                     {QStringLiteral("opened_at"), QStringLiteral("2026-03-14T09:00:00+08:00")},
                     {QStringLiteral("closed_at"), closedAt},
                     {QStringLiteral("summary"), summary}});
    };
    REQUIRE_OK(till.worker().runOnce());
    CHECK(hq.scalar("SELECT count(*) FROM hq.shifts WHERE closed_at IS NULL AND float_minor = 20000 "
                    "AND business_day = '2026-03-14'") == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE type = 'shift.opened' AND status = 'rejected' "
                    "AND problem LIKE '%float_minor%'") == 1);
    close(opened, QStringLiteral("2026-03-14T17:00:00+08:00"));
    close(opened, QStringLiteral("2026-03-14T18:00:00+08:00")); // another copy of a close changes nothing
    close(legacy, QStringLiteral("2026-03-14T17:00:00+08:00"));
    REQUIRE_OK(till.worker().runOnce());
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE type = 'shift.closed' AND status = 'applied'") == 3);
    CHECK(
        hq.scalar(
            "SELECT count(*) FROM hq.shifts WHERE uuid = $1::uuid AND closed_at = '2026-03-14T17:00:00+08:00' "
            "AND business_day = '2026-03-14' AND float_minor = 20000 AND (summary ->> 'counted_minor')::bigint = 24900",
            {opened}) == 1);
    CHECK(hq.scalar(
              "SELECT count(*) FROM hq.shifts WHERE uuid = $1::uuid AND business_day IS NULL AND float_minor = 20000",
              {legacy}) == 1);
}

TEST_CASE("a re-pulled sale is booked to the shift it names, to none when it names none, to the open one when older",
          "[sync][restore][shifts]")
{
    TempStore t;
    ShiftCopy shifts(t.db());
    const QString closedUuid = Uuid::v7(1773453600000).toString(), openUuid = Uuid::v7(1773453600001).toString();
    const QJsonObject opened{{QStringLiteral("shift_uuid"), closedUuid},
                             {QStringLiteral("cashier"), QStringLiteral("王芳")},
                             {QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                             {QStringLiteral("opened_at"), QStringLiteral("2026-03-14T09:00:00+08:00")},
                             {QStringLiteral("float_minor"), 10000}};
    const QJsonObject closing{{QStringLiteral("shift_uuid"), closedUuid},
                              {QStringLiteral("opened_at"), QStringLiteral("2026-03-14T09:00:00+08:00")},
                              {QStringLiteral("closed_at"), QStringLiteral("2026-03-14T13:00:00+08:00")},
                              {QStringLiteral("summary"), QJsonObject{{QStringLiteral("float_minor"), 10000},
                                                                      {QStringLiteral("expected_minor"), 11500},
                                                                      {QStringLiteral("counted_minor"), 11500}}}};
    QJsonObject later = opened;
    later.insert(QStringLiteral("shift_uuid"), openUuid);
    later.insert(QStringLiteral("opened_at"), QStringLiteral("2026-03-14T13:05:00+08:00"));
    later.insert(QStringLiteral("float_minor"), 5000);
    int n = 0;
    const auto sale = [&](std::optional<QJsonValue> shift) {
        ++n;
        QJsonObject s{{QStringLiteral("sale_uuid"), Uuid::v7(1773460000000 + n).toString()},
                      {QStringLiteral("receipt_no"), QStringLiteral("RSH01-T1-1-%1").arg(n, 6, 10, QLatin1Char('0'))},
                      {QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                      {QStringLiteral("sold_at"), QStringLiteral("2026-03-14T14:00:00+08:00")},
                      {QStringLiteral("cashier"), QStringLiteral("王芳")},
                      {QStringLiteral("subtotal_minor"), 1500},
                      {QStringLiteral("total_minor"), 1500},
                      {QStringLiteral("lines"),
                       QJsonArray{QJsonObject{{QStringLiteral("line_uuid"), Uuid::v7(1773460000000 + n).toString()},
                                              {QStringLiteral("line_no"), 1},
                                              {QStringLiteral("product_code"), QStringLiteral("GONE")},
                                              {QStringLiteral("name"), QStringLiteral("旧商品")},
                                              {QStringLiteral("qty_milli"), 1000},
                                              {QStringLiteral("unit_price_minor"), 1500},
                                              {QStringLiteral("total_minor"), 1500}}}},
                      {QStringLiteral("payments"),
                       QJsonArray{QJsonObject{{QStringLiteral("payment_uuid"), Uuid::v7(1773460000000 + n).toString()},
                                              {QStringLiteral("tender"), QStringLiteral("cash")},
                                              {QStringLiteral("amount_minor"), 1500}}}}};
        if (shift)
            s.insert(QStringLiteral("shift_uuid"), *shift);
        return s;
    };
    const auto drawer = [&](const QString& shift) {
        return t.db()
            .queryInt64("SELECT coalesce(sum(d.net_minor), 0) FROM sum_daily d JOIN shifts sh ON d.kind = 's' AND "
                        "d.key = sh.id "
                        "WHERE sh.uuid = ?",
                        Uuid::fromString(shift).bytes())
            .value_or(-1);
    };
    const auto bookedTo = [&](qint64 saleId) {
        return t.db().queryText("SELECT CASE WHEN sh.id IS NULL THEN 'none' ELSE hex(sh.uuid) END FROM sales s LEFT "
                                "JOIN shifts sh ON sh.id = s.shift_id "
                                "WHERE s.id = ?",
                                saleId);
    };
    const auto hexOf = [](const QString& uuid) {
        return QString::fromLatin1(Uuid::fromString(uuid).bytes().toHex().toUpper());
    };

    Transaction tx(t.db());
    SaleCopy copy(t.db());
    CHECK(shifts.writeOpened(opened));
    CHECK_FALSE(shifts.writeOpened(opened)); // held already
    const qint64 inFirst = copy.writeOwnSale(sale(QJsonValue(closedUuid)));
    CHECK(shifts.writeClosed(closing));
    CHECK_FALSE(shifts.writeClosed(closing));
    CHECK(shifts.writeOpened(later));
    // Booked to the shift it names, closed or not; none named (no shift was open): no drawer.
    const qint64 named = copy.writeOwnSale(sale(QJsonValue(closedUuid)));
    const qint64 none = copy.writeOwnSale(sale(QJsonValue()));
    const qint64 unknown = copy.writeOwnSale(sale(QJsonValue(Uuid::v7(1773453600009).toString())));
    // An older till's sale (no shift_uuid): the open shift, as before.
    const qint64 older = copy.writeOwnSale(sale(std::nullopt));
    CHECK(bookedTo(inFirst) == hexOf(closedUuid));
    CHECK(bookedTo(named) == hexOf(closedUuid));
    CHECK(bookedTo(none) == QStringLiteral("none"));
    CHECK(bookedTo(unknown) == QStringLiteral("none"));
    CHECK(bookedTo(older) == hexOf(openUuid));
    CHECK(drawer(closedUuid) == 3000);
    CHECK(drawer(openUuid) == 1500);
    // All five are in the day's figures whatever their drawer.
    CHECK(t.db().queryInt64("SELECT net_minor FROM sum_daily WHERE kind = 't' AND key = 'cash'") == 5 * 1500);
    // A close of a shift the till lacks recreates it whole when it names its day; the earlier form cannot.
    QJsonObject missing = closing;
    missing.insert(QStringLiteral("shift_uuid"), Uuid::v7(1773453600010).toString());
    CHECK_FALSE(shifts.writeClosed(missing));
    missing.insert(QStringLiteral("business_day"), QStringLiteral("2026-03-14"));
    CHECK(shifts.writeClosed(missing));
    CHECK(t.db().queryText(
              "SELECT float_minor || '/' || closed_at || '/' || counted_minor || '/' || expected_minor FROM shifts "
              "WHERE uuid = ?",
              Uuid::fromString(missing.value(QStringLiteral("shift_uuid")).toString()).bytes()) ==
          QStringLiteral("10000/2026-03-14T13:00:00+08:00/11500/11500"));
    // The shift opened later is still the open one.
    REQUIRE(openShift(t.db()));
    CHECK(openShift(t.db())->uuid.toString() == openUuid);
    tx.commit();
}
