// Head office schema 8: another till's sale is handed over for a return only with the total
// printed on its receipt; a wrong total answers like an unknown receipt; every look-up is logged;
// a till that keeps guessing is refused for the hour; the one-argument look-up is gone for tills.

#include "ReturnShop.h"
#include "hq/HqReturnsClient.h"

#include <catch2/catch.hpp>

using namespace patron;
using namespace patron::test;

namespace {

PgConnection tillConnection(const TestTill& till)
{
    auto conn = PgConnection::connect(till.connectInfo());
    REQUIRE_OK(conn);
    return std::move(*conn);
}

qint64 lookups(HqFixture& hq, const char* outcome)
{
    return hq.scalar("SELECT count(*) FROM hq.receipt_lookups WHERE outcome = $1", {outcome});
}
} // namespace

TEST_CASE("another till's receipt is handed over only with its total, and every look-up is logged",
          "[sync][returns][security]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    Shop a(tillA), b(tillB);
    const SaleResult sale = a.sell(0, 2000, {{TenderKind::Cash, 2400, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());
    PgConnection atB = tillConnection(tillB);
    HqReturnsClient clientB(atB);

    // A wrong total, no total, an unknown receipt: the same empty answer.
    auto wrong = clientB.saleForReturn(sale.receiptNo, sale.totalMinor + 1);
    REQUIRE_OK(wrong);
    CHECK_FALSE(wrong->has_value());
    auto none = clientB.saleForReturn(sale.receiptNo, std::nullopt);
    REQUIRE_OK(none);
    CHECK_FALSE(none->has_value());
    auto unknown = clientB.saleForReturn(QStringLiteral("RSH01-T1-1-999"), sale.totalMinor);
    REQUIRE_OK(unknown);
    CHECK_FALSE(unknown->has_value());
    CHECK(lookups(hq, "refused") == 3);

    // The right total: the sale.
    auto right = clientB.saleForReturn(sale.receiptNo, sale.totalMinor);
    REQUIRE_OK(right);
    REQUIRE(right->has_value());
    CHECK((*right)->storeCode == u"SH01");
    CHECK((*right)->sale.value(QStringLiteral("total_minor")).toInteger() == sale.totalMinor);
    // The till that made the sale needs no total (a restored till has no receipt to read).
    PgConnection atA = tillConnection(tillA);
    auto own = HqReturnsClient(atA).saleForReturn(sale.receiptNo, std::nullopt);
    REQUIRE_OK(own);
    CHECK(own->has_value());
    // A till reading its own sales leaks nothing: not logged.
    CHECK(lookups(hq, "ok") == 1);
    CHECK(hq.scalar("SELECT count(*) FROM hq.receipt_lookups l JOIN hq.tills t ON t.id = l.till_id "
                    "WHERE t.code = 'T1' AND l.receipt_no = $1 AND l.at > now() - interval '1 minute'",
                    {sale.receiptNo}) == 3);

    // Through the till: a mistyped total says so, and nothing is copied.
    auto typo = b.returns.returnable(sale.receiptNo, sale.totalMinor - 100);
    REQUIRE(typo.code() == ErrorCode::NotFound);
    CHECK(typo.message().contains(sale.receiptNo));
    CHECK(b.count("sales") == 0);
    REQUIRE_OK(b.returns.returnable(sale.receiptNo, sale.totalMinor));
    CHECK(b.count("foreign_sales") == 1);

    // B's return comes back to B after a restore with the sale it was made against, because
    // head office handed that sale to B; a return naming a sale B was never handed gets nothing.
    REQUIRE_OK(b.giveBack(sale.receiptNo, {{1, 1000}}, sale.totalMinor));
    REQUIRE_OK(tillB.worker().runOnce());
    auto originalOf = [&] {
        auto page = clientB.ownSales(0, 100);
        REQUIRE_OK(page);
        for (const QJsonValue& v : page->events)
            if (v.toObject().value(QStringLiteral("type")).toString() == u"sale.returned")
                return v.toObject().value(QStringLiteral("original")).toObject();
        FAIL("no sale.returned among B's own events");
        return QJsonObject();
    };
    CHECK(originalOf().value(QStringLiteral("store")).toString() == u"SH01");
    REQUIRE_OK(hq.admin().exec("DELETE FROM hq.receipt_lookups"));
    CHECK(originalOf().isEmpty());
}

TEST_CASE("a till that fails too many receipt look-ups in an hour is refused, others are not",
          "[sync][returns][security]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    TestTill tillC(hq, QStringLiteral("SH02"), QStringLiteral("T2"));
    Shop a(tillA), b(tillB), c(tillC);
    const SaleResult sale = a.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());
    PgConnection atB = tillConnection(tillB);
    HqReturnsClient clientB(atB);
    // B's own sale, not pushed yet (offline a while): asking for it is not a guess.
    const SaleResult ownSale = b.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    for (int again = 0; again < 25; ++again) {
        auto notYet = clientB.saleForReturn(ownSale.receiptNo, std::nullopt);
        REQUIRE_OK(notYet);
        CHECK_FALSE(notYet->has_value());
    }
    CHECK(lookups(hq, "refused") == 0);
    for (int guess = 1; guess <= 20; ++guess) {
        auto r = clientB.saleForReturn(QStringLiteral("RSH01-T1-1-%1").arg(1000 + guess), 1200);
        REQUIRE_OK(r);
        CHECK_FALSE(r->has_value());
    }
    // The 21st, even with the right receipt and total: refused with a clear message, and logged.
    auto limited = clientB.saleForReturn(sale.receiptNo, sale.totalMinor);
    REQUIRE(limited.code() == ErrorCode::Refused);
    CHECK(limited.message().contains(QStringLiteral("too many")));
    CHECK(lookups(hq, "limited") == 1);
    // B's own receipts are never held back: head office hands them over, and the till's own
    // records decide a return of them whatever head office says.
    REQUIRE_OK(tillB.worker().runOnce());
    auto ownAnswer = clientB.saleForReturn(ownSale.receiptNo, std::nullopt);
    REQUIRE_OK(ownAnswer);
    CHECK(ownAnswer->has_value());
    REQUIRE_OK(b.returns.returnable(ownSale.receiptNo));
    // Another till of the same store is not held back.
    REQUIRE_OK(c.returns.returnable(sale.receiptNo, sale.totalMinor));
    // An hour on, B may look up again.
    REQUIRE_OK(hq.admin().exec("UPDATE hq.receipt_lookups SET at = at - interval '61 minutes'"));
    auto later = clientB.saleForReturn(sale.receiptNo, sale.totalMinor);
    REQUIRE_OK(later);
    CHECK(later->has_value());
}

TEST_CASE("a till can no longer look a receipt up by its number alone", "[sync][returns][security]")
{
    HqFixture hq;
    TestTill tillA(hq, QStringLiteral("SH01"), QStringLiteral("T1"));
    TestTill tillB(hq, QStringLiteral("SH02"), QStringLiteral("T1"));
    Shop a(tillA);
    const SaleResult sale = a.sell(0, 1000, {{TenderKind::Cash, 1200, 0, {}}});
    REQUIRE_OK(tillA.worker().runOnce());
    PgConnection atB = tillConnection(tillB);
    // The schema-6 call is gone (a till older than schema 8 hears "needs head office")...
    CHECK_FALSE(atB.exec("SELECT hq.sale_for_return($1)", {sale.receiptNo}));
    CHECK(atB.lastSqlState() == u"42883");
    // ...and the part that builds the answer is head office's own.
    CHECK_FALSE(atB.exec("SELECT hq.sale_for_return_unchecked($1)", {sale.receiptNo}));
    CHECK(atB.lastSqlState() == u"42501");
    CHECK(hq.scalar("SELECT count(*) FROM hq.receipt_lookups") == 0);
}
