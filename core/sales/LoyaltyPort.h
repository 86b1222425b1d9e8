#pragma once
// What selling needs from membership, as an interface: the checkout and returns call it, the
// membership engine implements it (MembersLoyalty), and a store without members uses NoLoyalty.
// The apply* calls run inside the checkout's or return's transaction: a refusal (a balance too
// low, an expired coupon) rolls the whole sale back.

#include "common/Result.h"
#include "common/Uuid.h"

#include <QList>
#include <QString>

#include <optional>

namespace patron {

struct MemberPricing {
    qint64 memberId = 0;
    QString memberUuid;         // for head office
    QString maskedMobile;       // 138****5678, for the till and the receipt
    QString displayName;
    QString tierName;
    int tierDiscountBp = 0;     // e.g. 500 = 5% off list prices (not stacked with promotions)
    bool memberPrices = true;   // products' member prices apply
};

// A line as loyalty sees it after pricing and payment allocation.
struct LoyaltyLine {
    int lineNo = 0;
    qint64 productId = 0;
    QString sku;
    qint64 categoryId = 0;
    qint64 qtyMilli = 0;
    qint64 netMinor = 0;          // what the customer paid for the line
    qint64 walletMinor = 0;       // of which stored value
    qint64 pointsMinor = 0;       // of which points (their cash value)
    qint64 pointsUsed = 0;        // points redeemed on this line
};

struct SaleLoyaltyFacts {
    QString saleUuid;
    QString receiptNo;
    qint64 memberId = 0;
    qint64 totalMinor = 0;
    qint64 walletMinor = 0;
    qint64 pointsUsed = 0;
    qint64 pointsMinor = 0;
    QStringList coupons;
    QList<LoyaltyLine> lines;
    // The lines as the coupons were quoted on (before coupons and the order discount): a
    // coupon's threshold and percentage are checked again on these, not on what is left after it.
    QList<LoyaltyLine> couponLines;
};

struct ReturnLoyaltyFacts {
    QString returnUuid;
    QString originalSaleUuid;
    qint64 memberId = 0;
    qint64 refundMinor = 0;        // positive
    qint64 walletRefundMinor = 0;  // positive: stored value to give back
    qint64 pointsRefund = 0;       // positive: points spent to give back
    qint64 originalTotalMinor = 0; // the original sale's total, for proportional reversal
    bool fullReturn = false;       // everything sold is now returned (coupons may come back)
    // Fraction of each original line returned, for reversing earned points proportionally.
    QList<LoyaltyLine> lines;      // qtyMilli/netMinor: the returned part
};

struct LoyaltyOutcome {
    // The member the sale was booked to: the cart's, or the one it was merged into meanwhile
    // (the sale row and its event name this one, as its ledger entries do).
    qint64 memberId = 0;
    QString memberUuid;
    QString tierName;
    QString maskedMobile;
    qint64 pointsEarned = 0;      // negative on a return that takes earned points back
    qint64 pointsUsed = 0;
    qint64 pointsBalance = 0;
    qint64 walletUsedMinor = 0;
    qint64 walletBalanceMinor = 0;
    bool hasWallet = false;
};

class LoyaltyPort {
public:
    virtual ~LoyaltyPort() = default;
    virtual std::optional<MemberPricing> pricingFor(qint64 memberId) = 0;
    // The discount a coupon gives this cart (eligible amounts by product); Refused with a reason
    // when it does not apply (expired, used, threshold not met).
    virtual Result<qint64> couponDiscount(qint64 memberId, const QString& code,
                                          const QList<LoyaltyLine>& pricedLines) = 0;
    // The cash value of `points` for an order of `orderMinor`; Refused when below the minimum,
    // above the cap or the balance.
    virtual Result<qint64> pointsValue(qint64 memberId, qint64 points, qint64 orderMinor) = 0;
    // Before the checkout transaction: checks a stored-value spend of the sale can happen
    // (balance, offline limit) and holds it at head office when joined. releaseWallet: the sale
    // did not complete after a reservation (the hold is let go).
    virtual Result<void> reserveWallet(qint64 memberId, qint64 amountMinor, const Uuid& saleUuid) = 0;
    virtual void releaseWallet(const Uuid& saleUuid) = 0;
    // Inside the checkout transaction: spend wallet/points, redeem coupons, earn points, update
    // the member's visit counters and tier.
    virtual Result<LoyaltyOutcome> applySale(const SaleLoyaltyFacts& facts) = 0;
    virtual Result<LoyaltyOutcome> applyReturn(const ReturnLoyaltyFacts& facts) = 0;
};

// A store without membership: no member prices, coupons, points or stored value.
class NoLoyalty final : public LoyaltyPort {
public:
    std::optional<MemberPricing> pricingFor(qint64) override { return std::nullopt; }
    Result<qint64> couponDiscount(qint64, const QString& code, const QList<LoyaltyLine>&) override;
    Result<qint64> pointsValue(qint64, qint64, qint64) override;
    Result<void> reserveWallet(qint64, qint64, const Uuid&) override;
    void releaseWallet(const Uuid&) override {}
    Result<LoyaltyOutcome> applySale(const SaleLoyaltyFacts&) override { return LoyaltyOutcome(); }
    Result<LoyaltyOutcome> applyReturn(const ReturnLoyaltyFacts&) override { return LoyaltyOutcome(); }
};

} // namespace patron
