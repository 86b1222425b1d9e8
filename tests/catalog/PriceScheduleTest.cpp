// Scheduled price changes (调价单): nothing changes before the moment, everything at it, in one
// transaction with audit, outbox event and price history; cancelling; bad input refused whole.

#include "CatalogFixture.h"

#include "catalog/CatalogSchema.h"
#include "catalog/PriceHistory.h"
#include "catalog/PriceSchedule.h"
#include "catalog/PriceScheduleTimer.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace patron;
using namespace patron::test;

namespace {

struct ScheduleFixture : CatalogFixture {
    PriceSchedule schedule{t.db(), catalog, t.audit(), t.clock()};

    QDateTime inHours(int h) { return t.clock().now().addSecs(h * 3600); }
    qint64 retailOf(const QString& sku) { return catalog.findBySku(sku)->priceMinor; }
    std::optional<qint64> memberOf(const QString& sku) { return catalog.findBySku(sku)->memberPriceMinor; }
    qint64 outboxEvents(const char* type)
    {
        return t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = ?", QString::fromLatin1(type)).value_or(-1);
    }
    qint64 auditRows(const char* action)
    {
        return t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", QString::fromLatin1(action)).value_or(-1);
    }
};

PriceChangeRequest retail(const char* sku, qint64 minor)
{
    PriceChangeRequest r;
    r.skuOrCode = QString::fromUtf8(sku);
    r.retailMinor = minor;
    return r;
}

} // namespace

TEST_CASE("A scheduled price waits for its moment, then applies with audit, event and history", "[catalog][price]")
{
    ScheduleFixture f;
    f.add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350);
    f.add(QStringLiteral("B2"), QStringLiteral("雪碧"), 300);
    const qint64 eventsBefore = f.outboxEvents("product.changed");

    PriceChangeRequest b = retail("B2", 280);
    b.memberPriceMinor = std::optional<qint64>(250);
    auto scheduled = f.schedule.schedule(f.t.admin(), {retail("A1", 399), b}, f.inHours(2), QStringLiteral("双十一"));
    REQUIRE_OK(scheduled);
    REQUIRE(scheduled->size() == 2);
    CHECK(scheduled->at(0).status == PriceChangeStatus::Pending);
    CHECK(scheduled->at(0).batchUuid == scheduled->at(1).batchUuid);
    CHECK(f.auditRows("price.schedule") == 2);

    // Before: nothing moves, however often the till asks.
    f.t.clock().advanceSecs(2 * 3600 - 1);
    REQUIRE_OK(f.schedule.applyDue());
    CHECK(*f.schedule.applyDue() == 0);
    CHECK(f.retailOf(QStringLiteral("A1")) == 350);
    CHECK(f.outboxEvents("product.changed") == eventsBefore);

    // At the moment: both, once.
    f.t.clock().advanceSecs(1);
    auto applied = f.schedule.applyDue();
    REQUIRE_OK(applied);
    CHECK(*applied == 2);
    CHECK(*f.schedule.applyDue() == 0);
    CHECK(f.retailOf(QStringLiteral("A1")) == 399);
    CHECK(f.retailOf(QStringLiteral("B2")) == 280);
    CHECK(f.memberOf(QStringLiteral("B2")) == 250);
    CHECK(f.outboxEvents("product.changed") == eventsBefore + 2);
    CHECK(f.schedule.find(scheduled->at(0).id)->status == PriceChangeStatus::Applied);
    CHECK(f.schedule.list(true)->isEmpty());
    CHECK(f.t.audit().verify().ok);

    // The event carries the new price, as a product edit's does.
    Statement last = f.t.db().prepare("SELECT payload FROM outbox WHERE type = 'product.changed' ORDER BY id DESC LIMIT 1");
    REQUIRE(last.step());
    CHECK(last.text(0).contains(QStringLiteral("\"member_price_minor\":250")));

    // History: newest first; the scheduled entry names its change.
    const QList<PriceHistoryEntry> history = PriceHistory(f.t.db()).forProduct(f.catalog.findBySku(QStringLiteral("A1"))->id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].retailMinor == 399);
    CHECK(history[0].source == QStringLiteral("scheduled"));
    CHECK(history[0].priceChangeId == scheduled->at(0).id);
    CHECK(history[0].at == f.t.clock().now());
    CHECK(history[1].retailMinor == 350);
    CHECK(history[1].source == QStringLiteral("catalog"));
}

TEST_CASE("Changes for the same product apply in time order; 'now' applies at once", "[catalog][price]")
{
    ScheduleFixture f;
    f.add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350);
    REQUIRE_OK(f.schedule.schedule(f.t.admin(), {retail("A1", 500)}, f.inHours(3)));
    REQUIRE_OK(f.schedule.schedule(f.t.admin(), {retail("A1", 400)}, f.inHours(1)));
    auto now = f.schedule.schedule(f.t.admin(), {retail("A1", 360)}, std::nullopt);
    REQUIRE_OK(now);
    CHECK(now->first().status == PriceChangeStatus::Applied);
    CHECK(f.retailOf(QStringLiteral("A1")) == 360);
    CHECK(f.schedule.nextDue() == f.inHours(1));

    // The till was off for a day: both due changes apply, the later one wins.
    f.t.clock().advanceDays(1);
    CHECK(*f.schedule.applyDue() == 2);
    CHECK(f.retailOf(QStringLiteral("A1")) == 500);
    const auto history = PriceHistory(f.t.db()).forProduct(f.catalog.findBySku(QStringLiteral("A1"))->id);
    REQUIRE(history.size() == 4);
    CHECK(history[0].retailMinor == 500);
    CHECK(history[1].retailMinor == 400);
    // Every change, newest first; a limit keeps the newest.
    auto newest = f.schedule.list(false, 2);
    REQUIRE_OK(newest);
    REQUIRE(newest->size() == 2);
    CHECK(newest->at(0).retailMinor == 500);
    CHECK(newest->at(1).retailMinor == 400);
    CHECK(f.schedule.list(false)->size() == 3);
}

TEST_CASE("A pending change can be cancelled; an applied or due one cannot", "[catalog][price]")
{
    ScheduleFixture f;
    f.add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350);
    auto first = f.schedule.schedule(f.t.admin(), {retail("A1", 399)}, f.inHours(1));
    auto second = f.schedule.schedule(f.t.admin(), {retail("A1", 420)}, f.inHours(2));
    REQUIRE_OK(first);
    REQUIRE_OK(second);

    auto cancelled = f.schedule.cancel(f.t.admin(), first->first().id);
    REQUIRE_OK(cancelled);
    CHECK(cancelled->status == PriceChangeStatus::Cancelled);
    CHECK(f.auditRows("price.cancel") == 1);
    auto again = f.schedule.cancel(f.t.admin(), first->first().id);
    CHECK(again.error().code == ErrorCode::Refused);
    CHECK(f.schedule.cancel(f.t.admin(), 9999).error().code == ErrorCode::NotFound);

    // A cashier may not cancel.
    const Session cashier = f.cashier();
    CHECK(f.schedule.cancel(cashier, second->first().id).error().code == ErrorCode::PermissionDenied);

    // Its moment came while nobody looked: it is applied, not cancelled.
    f.t.clock().advanceSecs(2 * 3600);
    auto late = f.schedule.cancel(f.t.admin(), second->first().id);
    CHECK(late.error().code == ErrorCode::Refused);
    CHECK(f.retailOf(QStringLiteral("A1")) == 420);
    CHECK(f.schedule.find(first->first().id)->status == PriceChangeStatus::Cancelled);
    CHECK(f.schedule.find(second->first().id)->status == PriceChangeStatus::Applied);
}

TEST_CASE("Bad price changes are refused whole, with a clear reason", "[catalog][price]")
{
    ScheduleFixture f;
    Product a = f.add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350);
    f.add(QStringLiteral("B2"), QStringLiteral("雪碧"), 300);
    const qint64 before = f.rows("price_changes");

    auto unknown = f.schedule.schedule(f.t.admin(), {retail("A1", 399), retail("NOPE", 100)}, f.inHours(1));
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.message().contains(QStringLiteral("NOPE")));
    CHECK(f.rows("price_changes") == before);  // A1's good line went too

    CHECK(f.schedule.schedule(f.t.admin(), {retail("A1", -1)}, f.inHours(1)).error().code == ErrorCode::InvalidInput);
    PriceChangeRequest nothing;
    nothing.skuOrCode = QStringLiteral("A1");
    CHECK(f.schedule.schedule(f.t.admin(), {nothing}, f.inHours(1)).error().code == ErrorCode::InvalidInput);
    CHECK(f.schedule.schedule(f.t.admin(), {}, f.inHours(1)).error().code == ErrorCode::InvalidInput);

    // Member price above the (new or current) retail price: a typo.
    PriceChangeRequest member;
    member.skuOrCode = QStringLiteral("B2");
    member.memberPriceMinor = std::optional<qint64>(310);
    auto above = f.schedule.schedule(f.t.admin(), {member}, f.inHours(1));
    CHECK(above.error().code == ErrorCode::InvalidInput);
    CHECK(above.message().contains(QStringLiteral("B2")));
    member.retailMinor = 320;
    REQUIRE_OK(f.schedule.schedule(f.t.admin(), {member}, f.inHours(1)));

    // Two changes for one product at one moment: which would win? Refused.
    auto twice = f.schedule.schedule(f.t.admin(), {retail("B2", 330)}, f.inHours(1));
    CHECK(twice.error().code == ErrorCode::Conflict);

    // The past is refused; the current minute counts as now.
    auto past = f.schedule.schedule(f.t.admin(), {retail("A1", 399)}, f.t.clock().now().addSecs(-120));
    CHECK(past.error().code == ErrorCode::InvalidInput);
    f.t.clock().advanceSecs(30);
    const QDateTime thisMinute = f.t.clock().now().addSecs(-30);
    auto minute = f.schedule.schedule(f.t.admin(), {retail("A1", 399)}, thisMinute);
    REQUIRE_OK(minute);
    CHECK(minute->first().status == PriceChangeStatus::Applied);
    CHECK(f.catalog.findById(a.id)->priceMinor == 399);

    // A cashier may not schedule.
    const Session cashier = f.cashier();
    CHECK(f.schedule.schedule(cashier, {retail("A1", 1)}, f.inHours(1)).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A member price can be cleared by a scheduled change, and it is found by barcode", "[catalog][price]")
{
    ScheduleFixture f;
    ProductInput in;
    in.sku = QStringLiteral("M1");
    in.name = QStringLiteral("牛奶");
    in.priceMinor = 600;
    in.memberPriceMinor = std::optional<qint64>(550);
    in.barcodes = QStringList{QStringLiteral("6901234567892")};
    REQUIRE_OK(f.catalog.add(f.t.admin(), in));

    PriceChangeRequest clear;
    clear.skuOrCode = QStringLiteral("6901234567892");
    clear.memberPriceMinor = std::optional<qint64>();
    auto r = f.schedule.schedule(f.t.admin(), {clear}, f.inHours(1));
    REQUIRE_OK(r);
    CHECK(r->first().sku == QStringLiteral("M1"));
    REQUIRE(r->first().memberPriceMinor.has_value());
    CHECK(!r->first().memberPriceMinor->has_value());
    CHECK(!r->first().retailMinor.has_value());
    f.t.clock().advanceSecs(3600);
    REQUIRE_OK(f.schedule.applyDue());
    CHECK(f.retailOf(QStringLiteral("M1")) == 600);
    CHECK(!f.memberOf(QStringLiteral("M1")).has_value());
}

TEST_CASE("A change the catalog refuses when due is marked failed; the others apply", "[catalog][price]")
{
    ScheduleFixture f;
    f.add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350);
    f.add(QStringLiteral("B2"), QStringLiteral("雪碧"), 300);
    REQUIRE_OK(f.schedule.schedule(f.t.admin(), {retail("A1", 399), retail("B2", 320)}, f.inHours(1)));
    // Someone breaks B2's row behind the schedule's back (a pulled catalog could do the same with
    // a name the catalog no longer accepts): applying B2 must not take A1 down with it.
    f.t.db().execute("UPDATE products SET name = '' WHERE sku = 'B2'");
    f.t.clock().advanceSecs(3600);
    auto applied = f.schedule.applyDue();
    REQUIRE_OK(applied);
    CHECK(*applied == 1);
    CHECK(f.retailOf(QStringLiteral("A1")) == 399);
    CHECK(f.retailOf(QStringLiteral("B2")) == 300);
    auto all = f.schedule.list(false);
    REQUIRE_OK(all);
    bool sawFailed = false;
    for (const PriceChange& c : *all)
        if (c.sku == QStringLiteral("B2")) {
            CHECK(c.status == PriceChangeStatus::Failed);
            CHECK(!c.outcome.isEmpty());
            sawFailed = true;
        }
    CHECK(sawFailed);
    CHECK(f.auditRows("price.failed") == 1);
}

TEST_CASE("The schedule timer applies due changes and waits for the next one", "[catalog][price]")
{
    ScheduleFixture f;
    f.add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350);
    REQUIRE_OK(f.schedule.schedule(f.t.admin(), {retail("A1", 399)}, f.t.clock().now().addSecs(20)));
    PriceScheduleTimer timer(f.schedule, f.t.clock());
    QList<int> applied;
    QObject::connect(&timer, &PriceScheduleTimer::applied, &timer, [&](int n) { applied << n; });
    timer.check();
    CHECK(applied.isEmpty());
    CHECK(timer.interval() == 20000);
    f.t.clock().advanceSecs(20);
    timer.check();
    REQUIRE(applied.size() == 1);
    CHECK(applied.first() == 1);
    CHECK(f.retailOf(QStringLiteral("A1")) == 399);
    CHECK(timer.interval() == PriceScheduleTimer::kMaxWaitMs);  // nothing pending: look again in a minute
}

TEST_CASE("Price history records edits, imports and head office, but not edits that keep the price", "[catalog][price]")
{
    ScheduleFixture f;
    const Product a = f.add(QStringLiteral("A1"), QStringLiteral("可口可乐"), 350);
    PriceHistory history(f.t.db());
    REQUIRE(history.forProduct(a.id).size() == 1);

    ProductInput rename;
    rename.name = QStringLiteral("可口可乐 330ml");
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("A1"), rename));
    CHECK(history.forProduct(a.id).size() == 1);  // the name changed, not the price

    ProductInput member;
    member.memberPriceMinor = std::optional<qint64>(320);
    f.t.clock().advanceSecs(60);
    REQUIRE_OK(f.catalog.edit(f.t.admin(), QStringLiteral("A1"), member));
    auto entries = history.forProduct(a.id);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].retailMinor == 350);
    CHECK(entries[0].memberPriceMinor == 320);
    CHECK(entries[0].source == QStringLiteral("catalog"));
    CHECK(entries[0].userName == QStringLiteral("admin"));

    // What head office sends is recorded as such, and sends no event back.
    const qint64 events = f.rows("outbox");
    {
        Transaction tx(f.t.db());
        ProductInput pulled;
        pulled.sku = QStringLiteral("A1");
        pulled.priceMinor = 380;
        REQUIRE_OK(f.catalog.upsertInTransaction(QStringLiteral("head-office"), pulled, true, ProductCatalog::Origin::HeadOffice));
        tx.commit();
    }
    entries = history.forProduct(a.id);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].retailMinor == 380);
    CHECK(entries[0].source == QStringLiteral("head_office"));
    CHECK(f.rows("outbox") == events);
}

TEST_CASE("Schema step 10 starts the history with the prices products already have", "[catalog][price][migration]")
{
    ScheduleFixture f;
    ProductInput in;
    in.sku = QStringLiteral("M1");
    in.name = QStringLiteral("牛奶");
    in.priceMinor = 600;
    in.memberPriceMinor = std::optional<qint64>(550);
    const Product m = *f.catalog.add(f.t.admin(), in);
    // A store from before the step: its products exist, the price tables do not.
    {
        Transaction tx(f.t.db());
        f.t.db().exec("DROP TABLE price_history; DROP TABLE price_changes;");
        priceSchedule(f.t.db());
        tx.commit();
    }
    const auto entries = PriceHistory(f.t.db()).forProduct(m.id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].source == QStringLiteral("baseline"));
    CHECK(entries[0].retailMinor == 600);
    CHECK(entries[0].memberPriceMinor == 550);
    CHECK(entries[0].at == f.t.clock().now());  // the product's last change
}
