// ReturnService with head office's part (a ReturnAuthority) and a copy of another store's sale,
// without a network: the hold is taken before the return's transaction and let go of when the
// return does not commit; the copy is returned like any sale but no total of this till counts it;
// another store's card payment is refunded by this store's rule. (tests/sync/ForeignReturnTest
// runs the same against a real head office.)

#include "SalesFixture.h"
#include "sales/LineShares.h"
#include "sales/ProductMonthRollup.h"
#include "sales/ReturnAuthority.h"
#include "sales/SaleCopy.h"
#include "store/StoreSettings.h"

#include <QJsonDocument>

using namespace patron;
using namespace patron::test;

namespace {

class RecordingAuthority final : public ReturnAuthority {
public:
    std::optional<Error> refusal;
    QStringList prepared;
    QList<ReturnClaim> claims;
    QList<std::optional<qint64>> totals;
    QList<Uuid> released;
    QList<Uuid> committed;
    Database* db = nullptr;
    bool committedInsideTransaction = false;

    bool needsReceiptTotal(const QString&) override { return false; }
    Result<void> prepare(const QString& receiptNo, std::optional<qint64> receiptTotalMinor) override
    {
        prepared << receiptNo;
        totals << receiptTotalMinor;
        return {};
    }
    Result<void> reserve(const ReturnClaim& claim) override
    {
        claims << claim;
        if (refusal)
            return *refusal;
        return {};
    }
    void release(const Uuid& returnUuid) override { released << returnUuid; }
    void committing(const Uuid& returnUuid) override
    {
        committed << returnUuid;
        // The return's own row is there, not yet committed: the mark commits with it.
        committedInsideTransaction = db && db->inTransaction() &&
                                     db->queryInt64("SELECT count(*) FROM sales WHERE uuid = ?", returnUuid.bytes()) == 1;
    }
};

// The sale.completed payload a checkout wrote to the outbox (what head office hands another till).
QJsonObject lastSalePayload(SalesFixture& f)
{
    Statement s = f.db().prepare("SELECT payload FROM outbox WHERE type = 'sale.completed' ORDER BY id DESC LIMIT 1");
    REQUIRE(s.step());
    return QJsonDocument::fromJson(s.text(0).toUtf8()).object();
}
} // namespace

TEST_CASE("a return holds its quantities first and lets go of them when it does not commit", "[sales][returns]")
{
    SalesFixture f;
    f.openShift();
    const Product a = f.product(QStringLiteral("A1"), 1000);
    const SaleResult s = f.pay(f.cart({{a, 3000}}), {cash(3000)});
    RecordingAuthority authority;
    authority.db = &f.db();
    ReturnService returns(*f.ctx, &authority);

    SECTION("granted: one claim with the return's own UUID, kept")
    {
        auto r = returns.returnSale(f.supervisor, s.receiptNo, {{1, 2000}}, QStringLiteral("破损"));
        REQUIRE_OK(r);
        CHECK(authority.prepared == QStringList{s.receiptNo});
        REQUIRE(authority.claims.size() == 1);
        const ReturnClaim& c = authority.claims[0];
        CHECK(c.lines == QList<std::pair<int, qint64>>{{1, 2000}});
        CHECK_FALSE(c.foreign);
        CHECK(c.saleUuid == s.uuid);
        Statement u = f.db().prepare("SELECT uuid FROM sales WHERE receipt_no = ?");
        u.bind(1, r->receiptNo);
        REQUIRE(u.step());
        CHECK(Uuid::fromBytes(u.blob(0)) == c.returnUuid);
        CHECK(authority.released.isEmpty());
        // Committed: the hold is marked to be kept, in the return's own transaction.
        CHECK(authority.committed == QList<Uuid>{c.returnUuid});
        CHECK(authority.committedInsideTransaction);
        // "Everything that is left" is claimed as the quantity it stands for.
        REQUIRE_OK(returns.returnSale(f.supervisor, s.receiptNo, {}, QStringLiteral("整单退")));
        CHECK(authority.claims[1].lines == QList<std::pair<int, qint64>>{{1, 1000}});
    }

    SECTION("the total the cashier typed goes to head office with the receipt number")
    {
        REQUIRE_OK(returns.returnable(s.receiptNo, 3000));
        REQUIRE_OK(returns.returnSale(f.supervisor, s.receiptNo, {{1, 1000}}, QStringLiteral("破损"), QString(), 3000));
        CHECK(authority.totals == QList<std::optional<qint64>>{3000, 3000});
        CHECK_FALSE(returns.needsReceiptTotal(s.receiptNo));
    }

    SECTION("refused by head office: nothing written, nothing to release")
    {
        authority.refusal = makeError(ErrorCode::Refused, QStringLiteral("only 1 left across the stores"));
        auto r = returns.returnSale(f.supervisor, s.receiptNo, {{1, 2000}}, QStringLiteral("破损"));
        CHECK(r.code() == ErrorCode::Refused);
        CHECK(f.scalar("SELECT count(*) FROM sales WHERE kind = 'return'") == 0);
        CHECK(f.scalar("SELECT count(*) FROM outbox WHERE type = 'sale.returned'") == 0);
        CHECK(authority.released.isEmpty());
        CHECK(authority.committed.isEmpty());
    }

    SECTION("held, then the return fails inside its transaction: the hold is released")
    {
        REQUIRE_OK(f.shifts->close(f.admin(), 23000));
        auto r = returns.returnSale(f.supervisor, s.receiptNo, {{1, 1000}}, QStringLiteral("破损"));
        CHECK(r.code() == ErrorCode::Refused); // no open shift
        REQUIRE(authority.claims.size() == 1);
        CHECK(authority.released == QList<Uuid>{authority.claims[0].returnUuid});
        CHECK(authority.committed.isEmpty());
        CHECK(f.scalar("SELECT count(*) FROM sales WHERE kind = 'return'") == 0);
    }
}

TEST_CASE("another store's sale copied here is returned, but no total of this till counts the sale", "[sales][returns]")
{
    // Store A sells 2 × ￥15.00 and 1 × ￥8.00 for cash and by card.
    SalesFixture storeA;
    storeA.openShift();
    const Product tea = storeA.product(QStringLiteral("T1"), 1500);
    const Product cup = storeA.product(QStringLiteral("C1"), 800);
    storeA.pay(storeA.cart({{tea, 2000}, {cup, 1000}}), {cash(1000), card(2800)});
    QJsonObject sale = lastSalePayload(storeA);
    sale.insert(QStringLiteral("receipt_no"), QStringLiteral("RSH02-T1-1-000001"));

    // Store B holds the same catalog and copies the sale from head office.
    SalesFixture storeB;
    storeB.openShift();
    storeB.product(QStringLiteral("T1"), 1500);
    storeB.product(QStringLiteral("C1"), 800);
    {
        Transaction tx(storeB.db());
        StoreSettings(storeB.db(), storeB.clock())
            .set(QStringLiteral("returns.no_receipt_tender"), QStringLiteral("cash"));
        SaleCopy(storeB.db())
            .writeForeign(sale, QStringLiteral("SH02"), QStringLiteral("T1"),
                          QStringLiteral("2026-03-14T10:00:00+08:00"));
        tx.commit();
    }
    // The copy's lines carry the selling till's shares exactly (payments keep their seq).
    const char* const sharesByLine = "SELECT group_concat(line_no || '=' || tender_shares, ' ') FROM sale_lines";
    CHECK(storeB.db().queryText(sharesByLine) == storeA.db().queryText(sharesByLine));
    CHECK(storeA.db().queryText(sharesByLine)->count(u':') >= 4);
    CHECK(storeB.scalar("SELECT coalesce(sum(net_minor), 0) FROM sum_day") == 0);
    CHECK(storeB.scalar("SELECT coalesce(sum(sales), 0) FROM sum_day") == 0);
    ProductMonthRollup(storeB.db()).rollUp();
    CHECK(storeB.scalar("SELECT count(*) FROM sum_product_month") == 0);

    RecordingAuthority authority;
    ReturnService returns(*storeB.ctx, &authority);
    auto lines = returns.returnable(QStringLiteral("RSH02-T1-1-000001"));
    REQUIRE_OK(lines);
    REQUIRE(lines->size() == 2);
    auto r = returns.returnSale(storeB.supervisor, QStringLiteral("RSH02-T1-1-000001"), {{1, 1000}},
                                QStringLiteral("不想要了"));
    REQUIRE_OK(r);
    REQUIRE(authority.claims.size() == 1);
    CHECK(authority.claims[0].foreign);
    // The tea line paid 3000 of 3800: its shares of ￥10.00 cash and ￥28.00 card as stored at A,
    // half of each back; the card's part is refunded in cash by B's rule.
    const auto shareOf = [&](int seq) {
        return LineShares::decodeOrThrow(*storeA.db().queryText("SELECT tender_shares FROM sale_lines WHERE line_no = 1"))
            .of(seq).amountMinor;
    };
    CHECK(shareOf(1) + shareOf(2) == 3000);
    CHECK(r->refundMinor == 1500);
    REQUIRE(r->refunds.size() == 2);
    // Half of each share rounded down; the fen left over goes to the larger remainder, the first
    // payment on a tie.
    CHECK(r->refunds[0].tender == QStringLiteral("cash"));
    CHECK(r->refunds[1].tender == QStringLiteral("cash"));
    CHECK(r->refunds[0].amountMinor == (shareOf(1) + 1) / 2);
    CHECK(r->refunds[1].amountMinor == shareOf(2) / 2);
    CHECK(storeB.scalar("SELECT count(*) FROM sale_payments WHERE tender = 'card' AND amount_minor < 0") == 0);
    // B's books: one return of ￥15.00, no sale.
    CHECK(storeB.scalar("SELECT coalesce(sum(net_minor), 0) FROM sum_day") == -1500);
    CHECK(storeB.scalar("SELECT coalesce(sum(sales), 0) FROM sum_day") == 0);
    CHECK(storeB.scalar("SELECT coalesce(sum(returns), 0) FROM sum_day") == 1);
    ProductMonthRollup(storeB.db()).rollUp();
    CHECK(storeB.scalar("SELECT coalesce(sum(qty_milli), 0) FROM sum_product_month") == -1000);
    // The event names the original sale and its store.
    Statement e = storeB.db().prepare("SELECT payload FROM outbox WHERE type = 'sale.returned'");
    REQUIRE(e.step());
    const QJsonObject ev = QJsonDocument::fromJson(e.text(0).toUtf8()).object();
    CHECK(ev.value(QStringLiteral("sale_uuid")).toString() == sale.value(QStringLiteral("sale_uuid")).toString());
    CHECK(ev.value(QStringLiteral("original_store")).toString() == QStringLiteral("SH02"));
    // Writing the same copy again changes nothing.
    {
        Transaction tx(storeB.db());
        SaleCopy(storeB.db())
            .writeForeign(sale, QStringLiteral("SH02"), QStringLiteral("T1"),
                          QStringLiteral("2026-03-14T11:00:00+08:00"));
        tx.commit();
    }
    CHECK(storeB.scalar("SELECT count(*) FROM sales") == 2);
}
