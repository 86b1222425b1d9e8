// A restored till's re-pull, the parts head-office schema 10 adds: the cash moved in and out of
// its shifts' drawers after the backup, and its day-end (Z) reports. After the re-pull its open
// shift expects the cash it expected before the crash, and it neither runs Z again for a day it
// closed nor sells into that day. And head office keeps both events, including those an older
// head office kept as unknown_type.

#include "RepullFigures.h"
#include "RestoreShop.h"
#include "TestEnv.h"
#include "hq/HqProvisioning.h"
#include "hq/HqSchema.h"
#include "hq/HqSchemaSteps.h"
#include "sales/ShiftCopy.h"
#include "sales/ShiftService.h"
#include "store/Backup.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <optional>

using namespace patron;
using namespace patron::test;

namespace {

const QTimeZone kCst(8 * 3600);

QString storedZ(RestoreShop& shop, const QDate& day)
{
    auto z = ShiftService(shop.sales).storedZ(day);
    REQUIRE_OK(z);
    return QString::fromUtf8(QJsonDocument(z->toJson()).toJson(QJsonDocument::Compact));
}

// A head office as schema 9 shipped it: the steps up to 9, their versions, the grants.
void installSchema9(PgConnection& conn)
{
    REQUIRE_OK(conn.execScript("CREATE SCHEMA hq; CREATE TABLE hq.schema_migrations (version int PRIMARY KEY, "
                               "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"));
    for (const char* sql :
         {hqsql::v1Tables(), hqsql::v1Appliers(), hqsql::v1TillApi(), hqsql::v1Admin(), hqsql::v2Reservations(),
          hqsql::v3OwnHistory(), hqsql::v4MemberMerge(), hqsql::v5ReleaseHold(), hqsql::v6SaleReturns(),
          hqsql::v7ConfirmReturn(), hqsql::v8ReceiptCheck(), hqsql::v9RepullShifts()})
        REQUIRE_OK(conn.execScript(sql));
    REQUIRE_OK(conn.execScript("INSERT INTO hq.schema_migrations(version, name) "
                               "SELECT v, 'step ' || v FROM generate_series(1, 9) v"));
    REQUIRE_OK(conn.execScript(hqsql::grants()));
}

qint64 scalar(PgConnection& conn, const char* sql)
{
    auto r = conn.exec(sql);
    REQUIRE_OK(r);
    REQUIRE(r->rows() == 1);
    return r->int64(0, 0);
}

} // namespace

TEST_CASE("a restored till gets back its drawer's cash in and out and the days it closed", "[sync][restore][shifts]")
{
    HqFixture hq;
    TestTill till(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TempStore& t = till.local();
    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(9, 0), kCst));
    std::optional<RestoreShop> shop(std::in_place, t, std::nullopt);
    shop->addProduct();
    auto first = ShiftService(shop->sales).open(t.admin(), 10000);
    REQUIRE_OK(first);
    shop->sell(0, 1000, {{TenderKind::Cash, 2000, 0, {}}}); // the drawer takes ￥12.00
    REQUIRE_OK(till.worker().runOnce());
    const QString backup = t.tempPath(QStringLiteral("before-cash-moves.pbk"));
    REQUIRE_OK(backupStore(t.store(), backup));

    // After the backup: ￥50.00 in and ￥30.00 out of shift 1, a cash sale, the close, the Z.
    t.clock().advanceSecs(60);
    REQUIRE_OK(ShiftService(shop->sales).cashMovement(t.admin(), true, 5000, QStringLiteral("补零钱")));
    t.clock().advanceSecs(60);
    REQUIRE_OK(ShiftService(shop->sales).cashMovement(t.admin(), false, 3000, QStringLiteral("存银行")));
    shop->sell(0, 2000, {{TenderKind::Cash, 2400, 0, {}}});
    t.clock().advanceSecs(60);
    auto closed = ShiftService(shop->sales).close(t.admin(), 15600);
    REQUIRE_OK(closed);
    CHECK(closed->expectedMinor == 10000 + 1200 + 5000 - 3000 + 2400);
    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(22, 0), kCst));
    auto z = ShiftService(shop->sales).zReport(t.admin());
    REQUIRE_OK(z);
    CHECK(z->businessDay == QDate(2026, 3, 14));
    CHECK(z->cashInMinor == 5000);
    CHECK(z->cashOutMinor == 3000);
    // The till sells into the 15th that same evening: shift 2 with a float, ￥20.00 in, a sale.
    t.clock().advanceSecs(600);
    auto second = ShiftService(shop->sales).open(t.admin(), 5000);
    REQUIRE_OK(second);
    CHECK(second->businessDay == QDate(2026, 3, 15));
    t.clock().advanceSecs(60);
    REQUIRE_OK(ShiftService(shop->sales).cashMovement(t.admin(), true, 2000, QStringLiteral("零钱")));
    shop->sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(till.worker().runOnce());
    REQUIRE(t.outbox().pendingCount() == 0);

    // Head office keeps the movements and the Z.
    CHECK(hq.scalar("SELECT count(*) FROM hq.events WHERE type IN ('shift.cash_moved', 'day.closed') "
                    "AND status <> 'applied'") == 0);
    CHECK(hq.scalar("SELECT count(*) FROM hq.cash_movements WHERE shift_uuid = $1::uuid", {first->uuid.toString()}) ==
          2);
    CHECK(hq.scalar("SELECT sum(amount_minor) FROM hq.cash_movements WHERE shift_uuid = $1::uuid AND kind = 'in'",
                    {second->uuid.toString()}) == 2000);
    CHECK(hq.scalar("SELECT count(*) FROM hq.z_reports WHERE business_day = '2026-03-14' AND store_code = 'SH01' "
                    "AND till_code = 'T1' AND (report ->> 'net_minor')::bigint = 3600 AND NOT report ? 'uuid'") == 1);

    const qint64 drawer2 = 5000 + 2000 + 1200;
    const Figures before = Figures::of(*shop, std::nullopt);
    const QString movesBefore = cashMovements(t.db()), zBefore = dayCloses(t.db());
    const QString storedBefore = storedZ(*shop, QDate(2026, 3, 14));

    restoreAndRepull(till, shop, backup, false);
    Database& db = t.db();
    CHECK(dayCloses(db) == zBefore);
    CHECK(storedZ(*shop, QDate(2026, 3, 14)) == storedBefore);
    CHECK(cashMovements(db) == movesBefore);
    CHECK(db.queryInt64("SELECT count(*) FROM cash_movements") == 3);
    CHECK(Figures::of(*shop, std::nullopt) == before);
    auto x = ShiftService(shop->sales).xReport();
    REQUIRE_OK(x);
    CHECK(x->businessDay == QDate(2026, 3, 15));
    CHECK(x->expectedCashMinor == drawer2);
    CHECK(x->cashInMinor == 2000);

    // A second re-pull changes nothing.
    markForResync(db);
    PullInbox inbox(db, t.clock());
    SyncState state(db, t.clock());
    REQUIRE_OK(SyncWorker(db, t.outbox(), inbox, state, t.clock(), till.connectInfo()).runOnce());
    CHECK(Figures::of(*shop, std::nullopt) == before);
    CHECK(cashMovements(db) == movesBefore);
    CHECK(dayCloses(db) == zBefore);

    // Shift 2 closes with nothing missing from its drawer; the 14th is not closed again.
    t.clock().advanceSecs(60);
    auto closing = ShiftService(shop->sales).close(t.admin(), drawer2);
    REQUIRE_OK(closing);
    CHECK(closing->expectedMinor == drawer2);
    auto again = ShiftService(shop->sales).zReport(t.admin());
    CHECK(again.code() == ErrorCode::Refused);
    CHECK(again.message().contains(QStringLiteral("2026-03-14")));
    CHECK(db.queryInt64("SELECT count(*) FROM z_reports") == 1);
}

TEST_CASE("a re-pulled cash movement lands once, on its own shift, and a day close once per day",
          "[sync][restore][shifts]")
{
    TempStore t;
    ShiftCopy copy(t.db());
    const QString shiftUuid = Uuid::v7(1773453600000).toString();
    const QJsonObject opened{{QStringLiteral("shift_uuid"), shiftUuid},
                             {QStringLiteral("cashier"), QStringLiteral("王芳")},
                             {QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                             {QStringLiteral("opened_at"), QStringLiteral("2026-03-14T09:00:00+08:00")},
                             {QStringLiteral("float_minor"), 10000}};
    QJsonObject moved{{QStringLiteral("uuid"), Uuid::v7(1773453660000).toString()},
                      {QStringLiteral("shift_uuid"), shiftUuid},
                      {QStringLiteral("kind"), QStringLiteral("out")},
                      {QStringLiteral("amount_minor"), 3000},
                      {QStringLiteral("reason"), QStringLiteral("存银行")},
                      {QStringLiteral("user"), QStringLiteral("王芳")},
                      {QStringLiteral("at"), QStringLiteral("2026-03-14T09:01:00+08:00")}};
    QJsonObject day{{QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                    {QStringLiteral("net_minor"), 3600},
                    {QStringLiteral("closed"), true},
                    {QStringLiteral("uuid"), Uuid::v7(1773496800000).toString()},
                    {QStringLiteral("closed_at"), QStringLiteral("2026-03-14T22:00:00+08:00")},
                    {QStringLiteral("closed_by"), QStringLiteral("店长")}};

    Transaction tx(t.db());
    // Its shift is not here: the movement is nobody's drawer on this till.
    CHECK_FALSE(copy.writeCashMoved(moved));
    CHECK(copy.writeOpened(opened));
    CHECK(copy.writeCashMoved(moved));
    CHECK_FALSE(copy.writeCashMoved(moved)); // held already
    for (const auto& [key, bad] : {std::pair{"kind", QJsonValue(QStringLiteral("sideways"))},
                                   std::pair{"amount_minor", QJsonValue(0)}, std::pair{"uuid", QJsonValue()}}) {
        QJsonObject broken = moved;
        broken.insert(QStringLiteral("uuid"), Uuid::v7(1773453720000).toString());
        broken.insert(QLatin1String(key), bad);
        CHECK_FALSE(copy.writeCashMoved(broken));
    }
    CHECK(t.db().queryText("SELECT kind || '/' || amount_minor || '/' || reason || '/' || user_name || '/' || at "
                           "FROM cash_movements") == QStringLiteral("out/3000/存银行/王芳/2026-03-14T09:01:00+08:00"));

    CHECK(copy.writeDayClosed(day));
    QJsonObject otherCopy = day;
    otherCopy.insert(QStringLiteral("net_minor"), 9999);
    otherCopy.insert(QStringLiteral("uuid"), Uuid::v7(1773500000000).toString());
    CHECK_FALSE(copy.writeDayClosed(otherCopy)); // that day is closed already
    // A Z from before its UUID and author travelled still closes its day.
    QJsonObject older{{QStringLiteral("business_day"), QStringLiteral("2026-03-15")},
                      {QStringLiteral("net_minor"), 100},
                      {QStringLiteral("closed"), true},
                      {QStringLiteral("closed_at"), QStringLiteral("2026-03-15T22:00:00+08:00")}};
    CHECK(copy.writeDayClosed(older));
    QJsonObject noDay = older;
    noDay.remove(QStringLiteral("business_day"));
    CHECK_FALSE(copy.writeDayClosed(noDay));
    CHECK(dayCloses(t.db()) ==
          QStringLiteral("2026-03-14,2026-03-14T22:00:00+08:00,店长,{\"business_day\":\"2026-03-14\",\"closed\":true,"
                         "\"net_minor\":3600};2026-03-15,2026-03-15T22:00:00+08:00,,{\"business_day\":\"2026-03-15\","
                         "\"closed\":true,\"net_minor\":100}"));
    tx.commit();
}

TEST_CASE("day closes and cash movements a schema-9 head office kept as unknown are applied by hq init",
          "[sync][hq][shifts]")
{
    PgTestDb database;
    auto conn = PgConnection::connect(database.admin());
    REQUIRE_OK(conn);
    installSchema9(*conn);
    HqProvisioning provisioning(*conn);
    REQUIRE_OK(provisioning.addStore(QStringLiteral("SH01"), QStringLiteral("门店 SH01")));
    auto creds = provisioning.addTill(QStringLiteral("SH01"), QStringLiteral("T1"));
    REQUIRE_OK(creds);
    StoreIdentity id = TempStore::defaultIdentity();
    id.storeCode = QStringLiteral("SH01");
    id.tillCode = QStringLiteral("T1");
    TempStore t(StoreOpenOptions{}, id);
    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(9, 0), kCst));
    PullInbox inbox(t.db(), t.clock());
    SyncState state(t.db(), t.clock());
    SyncWorker worker(t.db(), t.outbox(), inbox, state, t.clock(), database.server().tillInfo(creds->dsn));

    std::optional<RestoreShop> shop(std::in_place, t, std::nullopt);
    shop->addProduct();
    auto shift = ShiftService(shop->sales).open(t.admin(), 10000);
    REQUIRE_OK(shift);
    shop->sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(ShiftService(shop->sales).cashMovement(t.admin(), true, 5000, QStringLiteral("补零钱")));
    // A refused movement pushes nothing: the event is in the movement's own transaction.
    CHECK(ShiftService(shop->sales).cashMovement(t.admin(), false, 99999, QStringLiteral("太多")).code() ==
          ErrorCode::Refused);
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'shift.cash_moved'") == 1);
    REQUIRE_OK(ShiftService(shop->sales).close(t.admin(), 16200));
    t.clock().set(QDateTime(QDate(2026, 3, 14), QTime(22, 0), kCst));
    REQUIRE_OK(ShiftService(shop->sales).zReport(t.admin()));
    REQUIRE_OK(worker.runOnce());
    REQUIRE(t.outbox().pendingCount() == 0);
    CHECK(scalar(*conn, "SELECT count(*) FROM hq.events WHERE type IN ('day.closed', 'shift.cash_moved') "
                        "AND status = 'unknown_type'") == 2);

    auto upgraded = HqSchema::install(*conn);
    REQUIRE_OK(upgraded);
    CHECK(upgraded->fromVersion == 9);
    CHECK(upgraded->toVersion == 10);
    CHECK(scalar(*conn, "SELECT count(*) FROM hq.events WHERE type IN ('day.closed', 'shift.cash_moved') "
                        "AND status = 'applied'") == 2);
    CHECK(scalar(*conn,
                 "SELECT count(*) FROM hq.z_reports WHERE business_day = '2026-03-14' AND till_code = 'T1' "
                 "AND closed_at = '2026-03-14T22:00:00+08:00' AND closed_by IS NOT NULL "
                 "AND (report ->> 'net_minor')::bigint = 1200 AND (report ->> 'cash_in_minor')::bigint = 5000") == 1);
    CHECK(scalar(*conn, "SELECT count(*) FROM hq.cash_movements WHERE kind = 'in' AND amount_minor = 5000 "
                        "AND reason = '补零钱' AND user_name IS NOT NULL AND at IS NOT NULL") == 1);

    // Another copy of that day's close (a till restored without it closing it again) changes nothing.
    {
        Transaction tx(t.db());
        t.outbox().append(QStringLiteral("day.closed"), 1,
                          {{QStringLiteral("business_day"), QStringLiteral("2026-03-14")},
                           {QStringLiteral("net_minor"), 1},
                           {QStringLiteral("closed_at"), QStringLiteral("2026-03-14T23:00:00+08:00")}});
        tx.commit();
    }
    REQUIRE_OK(worker.runOnce());
    CHECK(scalar(*conn, "SELECT count(*) FROM hq.events WHERE type = 'day.closed' AND status = 'applied'") == 2);
    CHECK(scalar(*conn, "SELECT count(*) FROM hq.z_reports") == 1);
    CHECK(scalar(*conn, "SELECT (report ->> 'net_minor')::bigint FROM hq.z_reports") == 1200);
}
