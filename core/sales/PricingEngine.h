#pragma once
// Prices a cart. Pure: no storage, no clock; the same input always gives the same fen.
//
// The order (docs/pricing.md):
//  1. Unit price: an override, open price or scale label wins; else the list price.
//  2. The line's best single benefit, not stacked: member price, tier discount or one promotion
//     (percent, amount, multibuy, buy X get Y), whichever takes most off.
//  3. The cashier's line discount (percent or amount) on what is left.
//  4. Coupons, then the order discount, each spread over the lines by largest remainder.
//  5. Cash rounding (抹零) of the total, spread the same way.
// Every line's parts are stored, so a return refunds exactly what the line paid.

#include "money/Money.h"
#include "sales/Cart.h"
#include "sales/LoyaltyPort.h"
#include "sales/Promotion.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace patron {

struct PricedLine {
    int lineNo = 0;            // 1-based, as printed
    int cartIndex = 0;         // index into the cart's lines
    qint64 unitPriceMinor = 0;
    qint64 listMinor = 0;      // before any discount (label lines: the label amount)
    qint64 promoDiscountMinor = 0;
    QString promotion;         // what step 2 applied: "member_price", "tier", or the promotion's name
    qint64 lineDiscountMinor = 0;
    qint64 afterLineMinor = 0; // list - promo - line discount
    qint64 couponDiscountMinor = 0;
    qint64 orderDiscountMinor = 0;  // the manual order discount's share
    qint64 roundingMinor = 0;       // 抹零 share (positive: less to pay)
    qint64 netMinor = 0;            // what the customer pays for the line
};

struct PricedCart {
    QList<PricedLine> lines;
    qint64 listMinor = 0;
    qint64 discountMinor = 0;  // every discount including rounding
    qint64 roundingMinor = 0;
    qint64 totalMinor = 0;
    qint64 itemsMilli = 0;
    QList<std::pair<QString, qint64>> coupons;  // applied: code, discount
};

struct PricingInput {
    const Cart* cart = nullptr;
    std::optional<MemberPricing> member;
    QList<Promotion> promotions;  // candidates; windows are checked against `at`
    QDateTime at;
    CashRounding rounding = CashRounding::None;
};

class PricingEngine {
public:
    // Steps 1–3.
    static PricedCart priceLines(const PricingInput& input);
    // Steps 4–5 on the result of priceLines. Coupon discounts are already quoted (capped here at
    // what is left to pay).
    static void applyOrderLevel(PricedCart& priced, const Cart& cart, const QList<std::pair<QString, qint64>>& coupons,
                                CashRounding rounding);
    static PricedCart price(const PricingInput& input, const QList<std::pair<QString, qint64>>& coupons);

    // The discount one promotion gives a line of `qtyMilli` at `unitMinor` (list amount `listMinor`).
    static qint64 promotionDiscount(const Promotion& p, qint64 unitMinor, qint64 qtyMilli, qint64 listMinor, bool weighed);
};

} // namespace patron
