// The drawer's expected cash kept as a summary row (kind 's'), refunds counted apart per tender,
// and schema step 16, which moves a store to both and drops sales(business_day), sales(shift_id).

#include "StoreBeforeStep.h"
#include "SalesFixture.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include "sales/ReceiptBuilder.h"
#include "store/Migrations.h"

#include <QTemporaryDir>

using namespace patron;
using namespace patron::test;

namespace {
const QTimeZone kCst(8 * 3600);

// The old way to the same figure: the shift's cash payments through sales.shift_id.
qint64 cashOfShiftByScan(SalesFixture& f, qint64 shiftId)
{
    return f.scalar("SELECT coalesce(sum(p.amount_minor), 0) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
                    "WHERE s.shift_id = ? AND p.tender = 'cash'", shiftId);
}

const TenderTotal* tender(const DayReport& r, const QString& code)
{
    for (const TenderTotal& t : r.tenders)
        if (t.tender == code)
            return &t;
    return nullptr;
}
} // namespace

TEST_CASE("The drawer's expected cash: cash sales less cash refunds, from the shift's summary row", "[sales][shift]")
{
    SalesFixture f;
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(9, 0), kCst));
    const Shift shift = f.openShift(10000);
    const Product a = f.product(QStringLiteral("A1"), 1000);
    f.pay(f.cart({{a, 2000}}), {cash(5000)});               // 2000 in the drawer, 3000 change
    f.pay(f.cart({{a, 1000}}), {card(1000)});               // none
    const SaleResult split = f.pay(f.cart({{a, 3000}}), {card(1000), cash(2000)});
    REQUIRE_OK(f.returns->returnSale(f.supervisor, split.receiptNo, {{1, 0}}, QStringLiteral("坏了")));
    REQUIRE_OK(f.returns->returnWithoutReceipt(f.manager, {{QStringLiteral("A1"), 1000}}, QStringLiteral("顾客无小票")));
    REQUIRE_OK(f.shifts->cashMovement(f.cashier, true, 500, QStringLiteral("零钱")));
    REQUIRE_OK(f.shifts->cashMovement(f.cashier, false, 300, QStringLiteral("买水")));

    const qint64 cash = cashOfShiftByScan(f, shift.id);
    CHECK(cash < 4000 - 1000);  // both returns gave cash back
    CHECK(f.scalar("SELECT net_minor FROM sum_daily WHERE business_day = '2026-03-14' AND kind = 's' AND key = ?", shift.id) == cash);
    CHECK(f.scalar("SELECT n FROM sum_daily WHERE kind = 's'") == 2);        // cash sales
    CHECK(f.scalar("SELECT returns FROM sum_daily WHERE kind = 's'") == 2);  // cash refunds
    auto x = f.shifts->xReport();
    REQUIRE_OK(x);
    CHECK(x->expectedCashMinor == 10000 + cash + 500 - 300);
    // More out than the drawer holds is refused against the same figure.
    CHECK(f.shifts->cashMovement(f.cashier, false, 10000 + cash + 200 + 1, QStringLiteral("x")).code() == ErrorCode::Refused);

    auto closed = f.shifts->close(f.cashier, 10000 + cash + 200);
    REQUIRE_OK(closed);
    CHECK(closed->expectedMinor == 10000 + cash + 200);
    // A closed shift's figure is the one fixed at its close.
    f.db().execute("DELETE FROM sum_daily WHERE kind = 's'");
    auto z = f.shifts->zReport(f.cashier);
    REQUIRE_OK(z);
    CHECK(z->expectedCashMinor == 10000 + cash + 200);
}

TEST_CASE("A shift that runs past the cut-off keeps its drawer row under the day it opened", "[sales][shift][day]")
{
    SalesFixture f;
    f.clock().set(QDateTime(QDate(2026, 3, 15), QTime(3, 0), kCst));  // business day 14 (cut-off 4)
    const Shift shift = f.openShift(0);
    CHECK(shift.businessDay == QDate(2026, 3, 14));
    const Product a = f.product(QStringLiteral("A1"), 1000);
    f.pay(f.cart({{a, 1000}}), {cash(1000)});
    f.clock().set(QDateTime(QDate(2026, 3, 15), QTime(5, 0), kCst));  // business day 15
    const SaleResult later = f.pay(f.cart({{a, 2000}}), {cash(2000)});
    CHECK(f.db().queryText("SELECT business_day FROM sales WHERE id = ?", later.saleId).value_or(QString()) == u"2026-03-15");
    CHECK(f.scalar("SELECT count(*) FROM sum_daily WHERE kind = 's'") == 1);
    CHECK(f.scalar("SELECT net_minor FROM sum_daily WHERE business_day = '2026-03-14' AND kind = 's'") == 3000);
    auto closed = f.shifts->close(f.cashier, 3000);
    REQUIRE_OK(closed);
    CHECK(closed->expectedMinor == 3000);
}

TEST_CASE("Z report: a tender counts its sales and its refunds apart, the amount net", "[sales][shift][z]")
{
    SalesFixture f;
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(9, 0), kCst));
    f.openShift(0);
    const Product a = f.product(QStringLiteral("A1"), 1000);
    f.pay(f.cart({{a, 1000}}), {cash(1000)});
    f.pay(f.cart({{a, 2000}}), {cash(2000)});
    const SaleResult third = f.pay(f.cart({{a, 3000}}), {cash(3000)});
    f.pay(f.cart({{a, 1000}}), {card(1000)});
    REQUIRE_OK(f.returns->returnSale(f.supervisor, third.receiptNo, {{1, 0}}, QStringLiteral("坏了")));
    REQUIRE_OK(f.shifts->close(f.cashier, 3000));
    auto z = f.shifts->zReport(f.cashier);
    REQUIRE_OK(z);
    const TenderTotal* c = tender(*z, QStringLiteral("cash"));
    REQUIRE(c);
    CHECK(c->count == 3);
    CHECK(c->refunds == 1);
    CHECK(c->amountMinor == 3000);
    const TenderTotal* k = tender(*z, QStringLiteral("card"));
    REQUIRE(k);
    CHECK(k->count == 1);
    CHECK(k->refunds == 0);
    CHECK(z->sales == 4);
    CHECK(z->returns == 1);
    // The slip says so: "Cash ×3, 1 refund".
    const ReceiptDocument slip = buildDayReportReceipt(*z, StoreIdentity{}, QStringLiteral("li"), f.clock().now(), QStringLiteral("CNY"));
    QStringList labels;
    for (const ReceiptSection& section : slip.sections)
        for (const ReceiptRow& row : section.rows)
            labels << row.key;
    CHECK(labels.filter(QStringLiteral("×3, 1 refund")).size() == 1);
    CHECK(labels.filter(QStringLiteral("×1")).size() == 1);
    CHECK(labels.filter(QStringLiteral("refund")).size() == 1);
    // The stored report and the event keep the split.
    auto stored = f.shifts->storedZ(QDate(2026, 3, 14));
    REQUIRE_OK(stored);
    REQUIRE(tender(*stored, QStringLiteral("cash")));
    CHECK(tender(*stored, QStringLiteral("cash"))->refunds == 1);
    CHECK(tender(*stored, QStringLiteral("cash"))->count == 3);
    // A Z report stored before the split has no "refunds": it reads as none.
    QJsonObject old = z->toJson();
    QJsonArray tenders = old.value(QStringLiteral("tenders")).toArray();
    QJsonObject first = tenders[0].toObject();
    first.remove(QStringLiteral("refunds"));
    tenders[0] = first;
    old.insert(QStringLiteral("tenders"), tenders);
    f.db().execute("UPDATE z_reports SET report = ?", QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact)));
    auto legacy = f.shifts->storedZ(QDate(2026, 3, 14));
    REQUIRE_OK(legacy);
    CHECK(legacy->tenders[0].refunds == 0);
}

TEST_CASE("Schema step 16 keeps the open shift's cash, splits refunds from tender counts, drops two sale indexes",
          "[sales][shift][migration]")
{
    StoreBeforeStep before(16);
    Database& db = before.db();

    // Shift 1 still open (a sale in cash, a card sale, a cash refund); shift 2 closed; the
    // tender rows as the old code kept them, refunds counted as payments.
    db.exec(R"sql(
INSERT INTO shifts(id, uuid, cashier, business_day, opened_at, float_minor, closed_at, counted_minor, expected_minor)
  VALUES (1, x'01', 'li', '2026-03-14', '2026-03-14T09:00:00+08:00', 10000, NULL, NULL, NULL),
         (2, x'02', 'wang', '2026-03-13', '2026-03-13T09:00:00+08:00', 0, '2026-03-13T18:00:00+08:00', 700, 700);
INSERT INTO sales(id, uuid, receipt_no, kind, business_day, created_at, cashier, shift_id, subtotal_minor, discount_minor,
                  rounding_minor, total_minor, items_milli)
  VALUES (1, x'11', 'R1', 'sale', '2026-03-13', '2026-03-13T10:00:00+08:00', 'wang', 2, 700, 0, 0, 700, 1000),
         (2, x'12', 'R2', 'sale', '2026-03-14', '2026-03-14T10:00:00+08:00', 'li', 1, 2000, 0, 0, 2000, 2000),
         (3, x'13', 'R3', 'sale', '2026-03-14', '2026-03-14T11:00:00+08:00', 'li', 1, 900, 0, 0, 900, 1000),
         (4, x'14', 'R4', 'return', '2026-03-14', '2026-03-14T12:00:00+08:00', 'li', 1, -500, 0, 0, -500, -1000);
INSERT INTO sale_payments(id, uuid, sale_id, seq, tender, amount_minor, tendered_minor)
  VALUES (1, x'21', 1, 1, 'cash', 700, 700), (2, x'22', 2, 1, 'cash', 2000, 5000), (3, x'23', 3, 1, 'card', 900, 900),
         (4, x'24', 4, 1, 'cash', -500, -500);
INSERT INTO sum_daily(business_day, kind, key, n, net_minor)
  VALUES ('2026-03-13', 't', 'cash', 1, 700), ('2026-03-14', 't', 'card', 1, 900), ('2026-03-14', 't', 'cash', 2, 1500);
)sql");
    before.migrateRest();

    CHECK(db.queryInt64("SELECT count(*) FROM sum_daily WHERE kind = 's'") == 1);
    CHECK(db.queryInt64("SELECT net_minor FROM sum_daily WHERE business_day = '2026-03-14' AND kind = 's' AND key = 1") == 1500);
    CHECK(db.queryInt64("SELECT n * 10 + returns FROM sum_daily WHERE kind = 's'") == 11);
    CHECK(db.queryInt64("SELECT count * 10 + refunds FROM sum_tender WHERE business_day = '2026-03-14' AND tender = 'cash'") == 11);
    CHECK(db.queryInt64("SELECT amount_minor FROM sum_tender WHERE business_day = '2026-03-14' AND tender = 'cash'") == 1500);
    CHECK(db.queryInt64("SELECT count * 10 + refunds FROM sum_tender WHERE business_day = '2026-03-14' AND tender = 'card'") == 10);
    CHECK(db.queryInt64("SELECT count * 10 + refunds FROM sum_tender WHERE business_day = '2026-03-13' AND tender = 'cash'") == 10);
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master WHERE name IN ('sales_day', 'sales_shift')") == 0);
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_temp_master") == 0);
}
