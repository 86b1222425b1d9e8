// Business days, shifts, cash movements and the X/Z reports.

#include "SalesFixture.h"

#include "sales/BusinessDay.h"

using namespace patron;
using namespace patron::test;

namespace {
const QTimeZone kCst(8 * 3600);
qint64 tenderTotal(const DayReport& r, const QString& tender)
{
    for (const TenderTotal& t : r.tenders)
        if (t.tender == tender)
            return t.amountMinor;
    return 0;
}
} // namespace

TEST_CASE("A sale at 01:30 with cut-off 4 belongs to the day before", "[sales][day]")
{
    CHECK(businessDayOf(QDateTime(QDate(2026, 3, 15), QTime(1, 30), kCst), 4) == QDate(2026, 3, 14));
    CHECK(businessDayOf(QDateTime(QDate(2026, 3, 15), QTime(4, 0), kCst), 4) == QDate(2026, 3, 15));
    CHECK(businessDayOf(QDateTime(QDate(2026, 3, 15), QTime(1, 30), kCst), 0) == QDate(2026, 3, 15));

    SalesFixture f;
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(22, 0), kCst));
    f.openShift();
    f.clock().set(QDateTime(QDate(2026, 3, 15), QTime(1, 30), kCst));
    const SaleResult r = f.pay(f.cart({{f.product(QStringLiteral("A1"), 1000), 1000}}), {cash(1000)});
    auto day = f.db().queryText("SELECT business_day FROM sales WHERE id = ?", r.saleId);
    CHECK(day.value_or(QString()) == u"2026-03-14");
    CHECK(f.scalar("SELECT count(*) FROM sum_day WHERE business_day = '2026-03-14'") == 1);
}

TEST_CASE("Z report: refused with a shift open, once per day, then sales go to the next day", "[sales][day]")
{
    SalesFixture f;
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(9, 0), kCst));
    f.openShift(10000);
    const Product a = f.product(QStringLiteral("A1"), 1000);
    f.pay(f.cart({{a, 2000}}), {cash(5000)});
    CHECK(f.shifts->zReport(f.cashier).code() == ErrorCode::Refused);
    REQUIRE_OK(f.shifts->close(f.cashier, 12000));
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(22, 0), kCst));
    auto z = f.shifts->zReport(f.cashier);
    REQUIRE_OK(z);
    CHECK(z->businessDay == QDate(2026, 3, 14));
    CHECK(z->closed);
    CHECK(z->netMinor == 2000);
    CHECK(z->expectedCashMinor == 12000);
    CHECK(z->countedCashMinor == 12000);
    // Once: pressing Z again the same evening does not close tomorrow.
    CHECK(f.shifts->zReport(f.cashier).code() == ErrorCode::Refused);
    CHECK(f.scalar("SELECT count(*) FROM z_reports") == 1);
    auto stored = f.shifts->storedZ(QDate(2026, 3, 14));
    REQUIRE_OK(stored);
    CHECK(stored->netMinor == 2000);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE type = 'day.closed'") == 1);

    // A late sale after the Z (23:00, before midnight) belongs to the 15th.
    f.clock().set(QDateTime(QDate(2026, 3, 14), QTime(23, 0), kCst));
    f.openShift();
    const SaleResult late = f.pay(f.cart({{a, 1000}}), {cash(1000)});
    CHECK(f.db().queryText("SELECT business_day FROM sales WHERE id = ?", late.saleId).value_or(QString()) == u"2026-03-15");
    auto x = f.shifts->xReport();
    REQUIRE_OK(x);
    CHECK(x->businessDay == QDate(2026, 3, 15));
    CHECK(x->netMinor == 1000);
    // The stored Z of the 14th is unchanged.
    CHECK(f.shifts->storedZ(QDate(2026, 3, 14))->netMinor == 2000);
}

TEST_CASE("X report: tenders equal sales minus returns; expected cash = float + cash - refunds + in - out", "[sales][day]")
{
    SalesFixture f;
    f.openShift(20000);
    const Product a = f.product(QStringLiteral("A1"), 1000);
    const Product b = f.product(QStringLiteral("B1"), 250);
    const SaleResult s1 = f.pay(f.cart({{a, 3000}}), {card(1000), cash(5000)});  // cash 2000
    f.pay(f.cart({{b, 4000}}), {cash(1000)});                                    // cash 1000
    f.pay(f.cart({{a, 1000}, {b, 1000}}), {card(1250)});                          // card 1250
    auto back = f.returns->returnSale(f.supervisor, s1.receiptNo, {{1, 1000}}, QStringLiteral("x"));  // ￥10.00 back: card 333, cash 667 (exact thirds 333.33/666.67, the fen to the larger remainder)
    REQUIRE_OK(back);
    REQUIRE_OK(f.shifts->cashMovement(f.cashier, true, 5000, QStringLiteral("换零钱")));
    REQUIRE_OK(f.shifts->cashMovement(f.cashier, false, 3000, QStringLiteral("交款")));
    CHECK(f.shifts->cashMovement(f.cashier, false, 100000, QStringLiteral("太多")).code() == ErrorCode::Refused);
    CHECK(f.shifts->cashMovement(f.cashier, true, 100, QStringLiteral(" ")).code() == ErrorCode::InvalidInput);

    auto x = f.shifts->xReport();
    REQUIRE_OK(x);
    CHECK(x->sales == 3);
    CHECK(x->returns == 1);
    CHECK(tenderTotal(*x, QStringLiteral("card")) == 1000 + 1250 - 333);
    CHECK(tenderTotal(*x, QStringLiteral("cash")) == 2000 + 1000 - 667);
    CHECK(x->netMinor == 3000 + 1000 + 1250 - 1000);
    CHECK(x->returnsMinor == 1000);
    CHECK(x->floatMinor == 20000);
    CHECK(x->cashInMinor == 5000);
    CHECK(x->cashOutMinor == 3000);
    CHECK(x->expectedCashMinor == 20000 + 3000 - 667 + 5000 - 3000);
    CHECK_FALSE(x->countedCashMinor.has_value());
    // An X report changes nothing.
    CHECK(f.scalar("SELECT count(*) FROM z_reports") == 0);
    auto closed = f.shifts->close(f.cashier, 24000);
    REQUIRE_OK(closed);
    CHECK(closed->expectedMinor == 24333);
    CHECK(f.shifts->cashMovement(f.cashier, true, 100, QStringLiteral("x")).code() == ErrorCode::Refused);
}
