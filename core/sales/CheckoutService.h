#pragma once
// Paying for a cart. One transaction writes the sale, its lines (a snapshot of each product),
// payments, each line's share of each payment, coupons, the member's points and stored value,
// the summary counters, an audit record and the outbox event; after a crash either all of it is
// there or none of it. Printing and the drawer come after, outside the transaction.
//
// Paying is idempotent: the sale takes the cart's UUID, so pressing "pay" twice (or retrying
// after a crash) returns the first sale and never charges twice.

#include "common/Result.h"
#include "sales/LoyaltyPort.h"
#include "sales/PricingEngine.h"
#include "sales/Tender.h"

namespace patron {

struct SalesContext;
struct Session;

struct Quote {
    PricedCart priced;
    std::optional<MemberPricing> member;
    QList<std::pair<QString, QString>> couponProblems;  // code, why it does not apply
};

struct SaleResult {
    qint64 saleId = 0;
    Uuid uuid;
    QString receiptNo;
    qint64 totalMinor = 0;
    qint64 changeMinor = 0;
    bool alreadyPaid = false;   // a repeated "pay" for a cart that was already paid
    bool cashPaid = false;      // opens the drawer
    LoyaltyOutcome loyalty;
};

class CheckoutService {
public:
    explicit CheckoutService(SalesContext& ctx) : m_ctx(ctx) {}

    // Prices the cart as it stands (member, promotions, coupons, rounding), for the till's display.
    Result<Quote> quote(const Uuid& cartUuid);
    Result<SaleResult> pay(const Session& cashier, const Uuid& cartUuid, const QList<TenderInput>& tenders);

private:
    // rounding: the store's cash rounding (SalesSettings), read once per quote or payment.
    Result<Quote> quoteCart(const struct Cart& cart, CashRounding rounding);
    SalesContext& m_ctx;
};

// The sale already made from a cart (or sale) UUID, if any.
std::optional<SaleResult> findSale(class Database& db, const Uuid& uuid);

} // namespace patron
