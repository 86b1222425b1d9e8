#include "sales/PricingEngine.h"

#include "money/Allocation.h"

#include <algorithm>

namespace patron {

namespace {

// Spreads `amount` (capped at what the lines have left) over the lines by what each has left.
// Returns the amount actually spread.
qint64 spread(QList<PricedLine>& lines, qint64 amount, qint64 PricedLine::*field)
{
    QList<qint64> left;
    qint64 total = 0;
    for (const PricedLine& l : lines) {
        const qint64 remaining = l.afterLineMinor - l.couponDiscountMinor - l.orderDiscountMinor - l.roundingMinor;
        left << std::max<qint64>(0, remaining);
        total += std::max<qint64>(0, remaining);
    }
    if (amount > total)
        amount = total;
    if (amount == 0 || lines.isEmpty())
        return 0;
    const QList<qint64> parts = allocateLargestRemainder(amount, left);
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].*field += parts[i];
    return amount;
}

} // namespace

qint64 PricingEngine::promotionDiscount(const Promotion& p, qint64 unitMinor, qint64 qtyMilli, qint64 listMinor, bool weighed)
{
    qint64 d = 0;
    switch (p.kind) {
    case PromotionKind::Percent:
        d = applyBasisPoints(listMinor, p.percentBp);
        break;
    case PromotionKind::Amount:
        d = multiplyMilli(p.amountMinor, qtyMilli);
        break;
    case PromotionKind::Multibuy:
        // Whole units only: "3 for ￥10" means nothing for 0.7 kg.
        if (!weighed && p.buyQty > 0 && qtyMilli % 1000 == 0) {
            const qint64 units = qtyMilli / 1000;
            const qint64 bundles = units / p.buyQty;
            d = bundles * (p.buyQty * unitMinor - p.bundlePriceMinor);
        }
        break;
    case PromotionKind::BuyXGetY:
        if (!weighed && p.buyQty > 0 && p.getQty > 0 && qtyMilli % 1000 == 0) {
            const qint64 units = qtyMilli / 1000;
            d = (units / (p.buyQty + p.getQty)) * p.getQty * unitMinor;
        }
        break;
    }
    return std::clamp<qint64>(d, 0, listMinor);
}

PricedCart PricingEngine::priceLines(const PricingInput& in)
{
    PricedCart out;
    const Cart& cart = *in.cart;
    const bool hasMember = in.member.has_value();
    for (int i = 0; i < cart.lines.size(); ++i) {
        const CartLine& c = cart.lines[i];
        PricedLine l;
        l.lineNo = i + 1;
        l.cartIndex = i;
        out.itemsMilli += c.qtyMilli;
        if (c.priceSource == PriceSource::Label && c.labelAmountMinor) {
            l.unitPriceMinor = c.retailMinor;
            l.listMinor = *c.labelAmountMinor;
        } else if (c.priceSource == PriceSource::Override || c.priceSource == PriceSource::Open) {
            l.unitPriceMinor = c.unitPriceMinor;
            l.listMinor = multiplyMilli(c.unitPriceMinor, c.qtyMilli);
        } else {
            l.unitPriceMinor = c.retailMinor;
            l.listMinor = multiplyMilli(c.retailMinor, c.qtyMilli);
        }
        // Step 2: the best single benefit. Overridden and open prices are the cashier's final
        // word; they take no automatic benefit.
        if (c.priceSource == PriceSource::List || c.priceSource == PriceSource::Label) {
            qint64 best = 0;
            QString what;
            if (hasMember && in.member->memberPrices && c.memberPriceMinor && c.priceSource == PriceSource::List) {
                const qint64 d = l.listMinor - multiplyMilli(*c.memberPriceMinor, c.qtyMilli);
                if (d > best) {
                    best = d;
                    what = QStringLiteral("member_price");
                }
            }
            if (hasMember && in.member->tierDiscountBp > 0) {
                const qint64 d = applyBasisPoints(l.listMinor, in.member->tierDiscountBp);
                if (d > best) {
                    best = d;
                    what = QStringLiteral("tier");
                }
            }
            for (const Promotion& p : in.promotions) {
                const bool targets = (p.scope == PromotionScope::Product && p.targetId == c.productId)
                    || (p.scope == PromotionScope::Category && c.categoryId && p.targetId == c.categoryId);
                if (!targets || !p.appliesAt(in.at, hasMember))
                    continue;
                const qint64 d = promotionDiscount(p, l.unitPriceMinor, c.qtyMilli, l.listMinor, c.weighed);
                if (d > best) {
                    best = d;
                    what = p.name;
                }
            }
            l.promoDiscountMinor = std::min(best, l.listMinor);
            l.promotion = what;
        }
        // Step 3: the cashier's discount on what is left.
        const qint64 left = l.listMinor - l.promoDiscountMinor;
        qint64 manual = c.discountMinor + applyBasisPoints(left, c.discountBp);
        l.lineDiscountMinor = std::clamp<qint64>(manual, 0, left);
        l.afterLineMinor = left - l.lineDiscountMinor;
        out.listMinor += l.listMinor;
        out.lines.append(l);
    }
    out.totalMinor = 0;
    for (const PricedLine& l : out.lines)
        out.totalMinor += l.afterLineMinor;
    out.discountMinor = out.listMinor - out.totalMinor;
    return out;
}

void PricingEngine::applyOrderLevel(PricedCart& priced, const Cart& cart, const QList<std::pair<QString, qint64>>& coupons,
                                    CashRounding rounding)
{
    for (PricedLine& l : priced.lines)
        l.couponDiscountMinor = l.orderDiscountMinor = l.roundingMinor = 0;
    priced.coupons.clear();
    for (const auto& [code, discount] : coupons) {
        const qint64 applied = spread(priced.lines, std::max<qint64>(0, discount), &PricedLine::couponDiscountMinor);
        priced.coupons.append({code, applied});
    }
    qint64 remaining = 0;
    for (const PricedLine& l : priced.lines)
        remaining += l.afterLineMinor - l.couponDiscountMinor;
    const qint64 orderDiscount = cart.orderDiscountMinor + applyBasisPoints(remaining, cart.orderDiscountBp);
    spread(priced.lines, std::max<qint64>(0, orderDiscount), &PricedLine::orderDiscountMinor);

    qint64 total = 0;
    for (const PricedLine& l : priced.lines)
        total += l.afterLineMinor - l.couponDiscountMinor - l.orderDiscountMinor;
    const qint64 rounded = roundCash(total, rounding);
    const qint64 diff = total - rounded;
    if (diff > 0) {
        spread(priced.lines, diff, &PricedLine::roundingMinor);
    } else if (diff < 0 && !priced.lines.isEmpty()) {
        // Rounding up (half-up modes): the extra fen go to the largest line.
        auto largest = std::max_element(priced.lines.begin(), priced.lines.end(),
                                        [](const PricedLine& a, const PricedLine& b) { return a.afterLineMinor < b.afterLineMinor; });
        largest->roundingMinor += diff;
    }
    priced.totalMinor = 0;
    priced.roundingMinor = 0;
    for (PricedLine& l : priced.lines) {
        l.netMinor = l.afterLineMinor - l.couponDiscountMinor - l.orderDiscountMinor - l.roundingMinor;
        priced.totalMinor += l.netMinor;
        priced.roundingMinor += l.roundingMinor;
    }
    priced.discountMinor = priced.listMinor - priced.totalMinor;
}

PricedCart PricingEngine::price(const PricingInput& input, const QList<std::pair<QString, qint64>>& coupons)
{
    PricedCart p = priceLines(input);
    applyOrderLevel(p, *input.cart, coupons, input.rounding);
    return p;
}

} // namespace patron
