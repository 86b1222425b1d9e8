#include "ReportsDataSet.h"

#include "reports/DashboardReport.h"
#include "reports/MemberActivityReport.h"
#include "sales/CartService.h"
#include "sales/CheckoutService.h"
#include "sales/ReturnService.h"
#include "store/Database.h"
#include "hq/HqClient.h"
#include "sync/PullHandlers.h"
#include "sync/PullInbox.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

struct Reader {
    explicit Reader(TempStore& ts) : db(ts.store().openReader().value()) {}
    Database db;
};

void at(ReportsDataSet& data, int month, int day, int hour, int minute = 0)
{
    data.clock.set(QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(8 * 3600)));
}

} // namespace

TEST_CASE("The dashboard shows a day, the day before and a 30-day trend beside the 30 days before", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    auto d = DashboardReport(r.db, ts.clock()).build(QDate(2026, 3, 15));
    REQUIRE(d.ok());
    CHECK(d->figures.netMinor == 2400);
    CHECK(d->figures.sales == 1);
    CHECK(d->figures.memberSales == 1);
    CHECK(d->figures.averageBasketMinor() == 2400);
    CHECK(d->previousDay.netMinor == 1600);
    CHECK(d->previousDay.averageBasketMinor() == 800);
    REQUIRE(d->trend.size() == 30);
    CHECK(d->trend.first().start == QDate(2026, 2, 14));
    CHECK(d->trend.last().totals.netMinor == 2400);
    CHECK(d->trend.at(28).totals.netMinor == 1600);
    qint64 sum = 0;
    for (const PeriodSales& p : d->trend)
        sum += p.totals.netMinor;
    CHECK(sum == 4000);
    // The 30 days before (15 January to 13 February) sold nothing.
    REQUIRE(d->previousTrend.size() == 30);
    CHECK(d->previousTrend.first().start == QDate(2026, 1, 15));
    CHECK(d->previousTrend.last().start == QDate(2026, 2, 13));
    for (const PeriodSales& p : d->previousTrend)
        CHECK(p.totals.sales == 0);
    CHECK(d->toJson().value(QStringLiteral("figures")).toObject().value(QStringLiteral("net_minor")).toInteger() == 2400);

    // A month later the 30 days before hold both March days.
    auto later = DashboardReport(r.db, ts.clock()).build(QDate(2026, 4, 14));
    REQUIRE(later.ok());
    qint64 before = 0;
    for (const PeriodSales& p : later->previousTrend)
        before += p.totals.netMinor;
    CHECK(before == 4000);
}

TEST_CASE("The dashboard counts new members, top-ups and points issued and redeemed per business day", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);

    // 14 March: M1 and M2 join; M1 tops up ￥100 (+￥10 bonus) and earns 14 points on ￥14.
    auto march = DashboardReport(r.db, ts.clock()).build(QDate(2026, 3, 14));
    REQUIRE(march.ok());
    CHECK(march->activity.newMembers == 2);
    CHECK(march->activity.topUps == 1);
    CHECK(march->activity.topUpPrincipalMinor == 10000);
    CHECK(march->activity.topUpBonusMinor == 1000);
    CHECK(march->activity.topUpMinor() == 11000);
    CHECK(march->activity.pointsIssued == 14);
    CHECK(march->activity.pointsRedeemed == 0);
    CHECK(march->previousActivity.newMembers == 0);
    CHECK(march->previousActivity.topUps == 0);

    // 15 March: only M2's 24 points; the day before is 14 March.
    auto next = DashboardReport(r.db, ts.clock()).build(QDate(2026, 3, 15));
    REQUIRE(next.ok());
    CHECK(next->activity.newMembers == 0);
    CHECK(next->activity.pointsIssued == 24);
    CHECK(next->previousActivity.pointsIssued == 14);
    CHECK(next->previousActivity.newMembers == 2);
    REQUIRE(next->activityTrend.size() == 30);
    CHECK(next->activityTrend.first().day == QDate(2026, 2, 14));
    CHECK(next->activityTrend.last().day == QDate(2026, 3, 15));
    CHECK(next->activityTrend.at(28).figures.topUpPrincipalMinor == 10000);
    CHECK(next->activityTrend.at(27).figures.newMembers == 0);

    // 2 April: M3 joins; M2 tops up ￥500 (+￥100 and 500 bonus points); M1 earns 3.
    auto april = DashboardReport(r.db, ts.clock()).build(QDate(2026, 4, 2));
    REQUIRE(april.ok());
    CHECK(april->activity.newMembers == 1);
    CHECK(april->activity.topUps == 1);
    CHECK(april->activity.topUpPrincipalMinor == 50000);
    CHECK(april->activity.topUpBonusMinor == 10000);
    CHECK(april->activity.pointsIssued == 503);
    CHECK(april->previousActivity.pointsIssued == 0);
    qint64 issued = 0, joined = 0;
    for (const DayActivity& a : april->activityTrend) {
        issued += a.figures.pointsIssued;
        joined += a.figures.newMembers;
    }
    CHECK(issued == 14 + 24 + 503);  // 4 March to 2 April
    CHECK(joined == 3);
    const QJsonObject json = april->toJson();
    CHECK(json.value(QStringLiteral("members")).toObject().value(QStringLiteral("points_issued")).toInteger() == 503);
    CHECK(json.value(QStringLiteral("trend")).toArray().last().toObject().value(QStringLiteral("new_members")).toInteger() == 1);
}

TEST_CASE("Points redeemed net of returns, and a top-up before the cut-off counts on the day before", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    const Session& admin = ts.admin();

    // 2 April 12:00: M2 buys a cola (￥3.00) with 100 points (￥1.00) and ￥2.00 cash: the cash
    // part earns 2 points.
    at(data, 4, 2, 12);
    CartService carts(data.ctx);
    auto cart = carts.openCart(admin);
    REQUIRE(cart.ok());
    REQUIRE(carts.addProduct(cart->uuid, *data.catalog.findById(data.cola), 1000).ok());
    REQUIRE(carts.attachMember(cart->uuid, data.m2).ok());
    auto sale = CheckoutService(data.ctx).pay(admin, cart->uuid,
                                              {TenderInput{TenderKind::Points, 100, 100, {}}, TenderInput{TenderKind::Cash, 200}});
    INFO(sale.message());
    REQUIRE(sale.ok());
    // 3 April 02:00 is still business day 2 April (cut-off 04:00): M1 tops up ￥100.
    at(data, 4, 3, 2);
    REQUIRE(data.members.wallet().topUp(admin, data.m1, 10000, QStringLiteral("cash"), QString()).ok());
    // 3 April 10:00: the points sale comes back: its 2 points go out, its 100 points back in.
    at(data, 4, 3, 10);
    auto back = ReturnService(data.ctx).returnSale(admin, sale->receiptNo, {}, QStringLiteral("test"));
    INFO(back.message());
    REQUIRE(back.ok());

    Reader r(ts);
    auto d = DashboardReport(r.db, ts.clock()).build(QDate(2026, 4, 3));
    REQUIRE(d.ok());
    CHECK(d->activity.topUps == 0);
    CHECK(d->activity.pointsIssued == -2);
    CHECK(d->activity.pointsRedeemed == -100);
    CHECK(d->previousActivity.topUps == 2);
    CHECK(d->previousActivity.topUpPrincipalMinor == 60000);
    CHECK(d->previousActivity.topUpBonusMinor == 11000);
    CHECK(d->previousActivity.pointsIssued == 505);
    CHECK(d->previousActivity.pointsRedeemed == 100);
    CHECK(d->previousActivity.newMembers == 1);
}

TEST_CASE("Member activity reads the ledgers by an indexed time range and refuses huge ranges", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    MemberActivityReport report(r.db, ts.clock());
    auto empty = report.byDay(*DateRange::make(QDate(2025, 1, 1), QDate(2025, 1, 3)));
    REQUIRE(empty.ok());
    REQUIRE(empty->size() == 3);
    for (const DayActivity& a : *empty)
        CHECK((a.figures.newMembers == 0 && a.figures.topUps == 0 && a.figures.pointsIssued == 0));

    auto tooLong = report.byDay(*DateRange::make(QDate(2025, 1, 1), QDate(2026, 3, 1)));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.code() == ErrorCode::InvalidInput);
    CHECK(tooLong.message().contains(QStringLiteral("400")));
    auto reversed = report.byDay(DateRange{QDate(2026, 3, 2), QDate(2026, 3, 1)});
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.code() == ErrorCode::InvalidInput);
    CHECK(reversed.message().contains(QStringLiteral("2026-03-02")));

    // Without the UUID index the dashboard would read whole ledgers (millions of rows).
    for (const char* table : {"points_entries", "wallet_entries"}) {
        Statement plan = r.db.prepare(
            QByteArray("EXPLAIN QUERY PLAN SELECT created_ms FROM ").append(table).append(" WHERE uuid >= ?").constData());
        REQUIRE(plan.step());
        INFO(plan.text(3).toStdString());
        CHECK(plan.text(3).contains(QStringLiteral("USING INDEX")));
    }
}

TEST_CASE("New members are counted from the members themselves when the day does not start on a quarter hour", "[reports]")
{
    TempStore ts;
    ReportsDataSet data(ts);
    Reader r(ts);
    // +05:10: the 04:00 cut-off is 22:50 UTC, not on member_joins' quarter hours. M1 and M2
    // joined at 01:00 UTC on 14 March (06:10 here), M3 at 03:00 UTC on 2 April (08:10 here).
    data.clock.set(QDateTime(QDate(2026, 4, 2), QTime(12, 0), QTimeZone(5 * 3600 + 600)));
    MemberActivityReport report(r.db, ts.clock());
    auto days = report.byDay(*DateRange::make(QDate(2026, 3, 13), QDate(2026, 4, 2)));
    REQUIRE(days.ok());
    REQUIRE(days->size() == 21);
    CHECK(days->at(0).figures.newMembers == 0);
    CHECK(days->at(1).day == QDate(2026, 3, 14));
    CHECK(days->at(1).figures.newMembers == 2);
    CHECK(days->at(1).figures.topUps == 1);  // 10:30 +08:00 is 07:40 here
    CHECK(days->last().figures.newMembers == 1);
    qint64 joined = 0;
    for (const DayActivity& d : *days)
        joined += d.figures.newMembers;
    CHECK(joined == 3);
}

TEST_CASE("The dashboard's member figures are this till's own, not what head office pulled in", "[reports][pulled]")
{
    TempStore ts;  // store SH01, till T1
    ReportsDataSet data(ts);
    data.clock.set(QDateTime(QDate(2026, 4, 3), QTime(10, 0), QTimeZone(8 * 3600)));
    Statement uuid = ts.db().prepare("SELECT uuid FROM members WHERE id = ?");
    uuid.bind(1, data.m1);
    REQUIRE(uuid.step());
    const QString m1 = Uuid::fromBytes(uuid.blob(0)).toString();
    auto pull = [&](const QString& kind, const Uuid& key, QJsonObject d) {
        PulledChange c;
        c.kind = kind;
        c.key = key.toString();
        d.insert(QStringLiteral("uuid"), c.key);
        c.data = d;
        PullInbox inbox(ts.db(), ts.clock());
        PullHandlers handlers(ts.db(), ts.outbox(), ts.clock());
        handlers.install(inbox);
        {
            Transaction tx(ts.db());
            inbox.store({c});
            tx.commit();
        }
        REQUIRE_OK(inbox.applyPending());
    };
    auto entry = [&](const char* store, const char* till) {
        return QJsonObject{{QStringLiteral("member_uuid"), m1}, {QStringLiteral("store_code"), QString::fromLatin1(store)},
                           {QStringLiteral("till_code"), QString::fromLatin1(till)},
                           {QStringLiteral("at"), QStringLiteral("2026-04-03T09:30:00.000+08:00")}};
    };
    auto today = [&] {
        Reader r(ts);
        auto d = DashboardReport(r.db, ts.clock()).build(QDate(2026, 4, 3));
        REQUIRE(d.ok());
        return d->activity;
    };
    const MemberFigures before = today();
    CHECK(before.topUps == 0);

    // Another store's top-up and points for a member this till knows, and a member registered
    // there today: the member's balances take them, this till's figures do not.
    QJsonObject topUp = entry("BJ01", "T2");
    topUp.insert(QStringLiteral("principal_minor"), 50000);
    topUp.insert(QStringLiteral("bonus_minor"), 5000);
    topUp.insert(QStringLiteral("reason"), QStringLiteral("topup"));
    const qint64 principalBefore =
        *ts.db().queryInt64("SELECT wallet_principal_minor FROM members WHERE id = ?", data.m1);
    pull(QStringLiteral("wallet"), Uuid::v7(ts.clock().nowMs()), topUp);
    QJsonObject earn = entry("BJ01", "T2");
    earn.insert(QStringLiteral("points"), 300);
    earn.insert(QStringLiteral("reason"), QStringLiteral("earn"));
    pull(QStringLiteral("points"), Uuid::v7(ts.clock().nowMs()), earn);
    pull(QStringLiteral("member"), Uuid::v7(ts.clock().nowMs()),
         {{QStringLiteral("name"), QStringLiteral("李四")}, {QStringLiteral("home_store"), QStringLiteral("BJ01")},
          {QStringLiteral("registered_at"), QStringLiteral("2026-04-03T09:00:00.000+08:00")}});
    CHECK(*ts.db().queryInt64("SELECT wallet_principal_minor FROM members WHERE id = ?", data.m1) ==
          principalBefore + 50000);
    CHECK(*ts.db().queryInt64("SELECT count(*) FROM members WHERE pulled = 1") == 1);
    const MemberFigures elsewhere = today();
    CHECK(elsewhere.topUps == 0);
    CHECK(elsewhere.topUpPrincipalMinor == 0);
    CHECK(elsewhere.pointsIssued == before.pointsIssued);
    CHECK(elsewhere.newMembers == before.newMembers);

    // This till's own top-up handed back by a re-pull after a restore counts as its own.
    QJsonObject own = entry("SH01", "T1");
    own.insert(QStringLiteral("principal_minor"), 10000);
    own.insert(QStringLiteral("bonus_minor"), 0);
    own.insert(QStringLiteral("reason"), QStringLiteral("topup"));
    pull(QStringLiteral("wallet"), Uuid::v7(ts.clock().nowMs()), own);
    const MemberFigures mine = today();
    CHECK(mine.topUps == 1);
    CHECK(mine.topUpPrincipalMinor == 10000);
}
