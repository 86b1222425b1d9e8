#include "members/MembersLoyalty.h"

#include "common/Clock.h"
#include "members/MemberRepository.h"
#include "members/MembersModule.h"
#include "members/PointsCalculator.h"
#include "money/Money.h"
#include "sales/receipt/ReceiptDocument.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersLoyaltyTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {
CartSummary summaryOf(const QList<LoyaltyLine>& lines)
{
    CartSummary cart;
    for (const LoyaltyLine& l : lines) {
        cart.subtotalMinor += l.netMinor;
        cart.lines.append({l.sku, l.netMinor});
    }
    return cart;
}

Result<qint64> couponId(const QString& code)
{
    bool ok = false;
    const qint64 id = code.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidInput, MembersLoyaltyTr::tr("\"%1\" is not a coupon number.").arg(code));
    return id;
}
} // namespace

QString MembersLoyalty::categoryPath(qint64 categoryId)
{
    if (!categoryId)
        return {};
    Statement s = m_db.cached("SELECT path FROM categories WHERE id = ?");
    s.bind(1, categoryId);
    return s.step() ? s.text(0) : QString();
}

std::optional<MemberPricing> MembersLoyalty::pricingFor(qint64 memberId)
{
    auto member = m_members.members().byId(memberId);
    if (!member || member->isErased())
        return std::nullopt;
    MemberPricing p;
    p.memberId = memberId;
    p.memberUuid = member->uuid.toString();
    p.displayName = member->name;
    p.maskedMobile = maskMobile(member->mobile);
    p.memberPrices = true;
    if (const TierRule* tier = m_members.rules().current().tier(member->tierCode)) {
        p.tierName = tier->name;
        p.tierDiscountBp = int(tier->discountBps);
        // The catalog's member prices are for every member unless the rules reserve them for
        // tiers that have the flag; a base tier without the flag still gets them when no tier has it.
        p.memberPrices = tier->memberPrice || tier->rank == 0;
    }
    return p;
}

Result<qint64> MembersLoyalty::couponDiscount(qint64 memberId, const QString& code, const QList<LoyaltyLine>& lines)
{
    auto id = couponId(code);
    if (!id)
        return id.error();
    auto off = m_members.coupons().discountFor(*id, memberId, summaryOf(lines));
    if (!off || *off > 0)
        return off;
    // Zero off means the cart does not qualify (threshold or products): the port promises a
    // refusal with the reason, so the till shows it instead of a coupon worth nothing.
    auto coupon = m_members.coupons().byId(*id);
    const qint64 threshold = coupon ? coupon->thresholdMinor : 0;
    return makeError(ErrorCode::Refused, MembersLoyaltyTr::tr("Coupon %1 does not apply to this cart (it needs a spend of %2 on the goods it covers).")
                                             .arg(code.trimmed(), Money(threshold, QStringLiteral("CNY")).toDisplayString()));
}

Result<qint64> MembersLoyalty::pointsValue(qint64 memberId, qint64 points, qint64 orderMinor)
{
    auto quote = m_members.points().quoteRedemption(memberId, orderMinor);
    if (!quote)
        return quote.error();
    if (points > quote->availablePoints)
        return makeError(ErrorCode::Refused, MembersLoyaltyTr::tr("The member has only %1 points.").arg(quote->availablePoints));
    if (quote->maxPoints == 0 || points < quote->minPoints)
        return makeError(ErrorCode::Refused, MembersLoyaltyTr::tr("At least %1 points are needed to pay with points.").arg(quote->minPoints));
    if (points > quote->maxPoints)
        return makeError(ErrorCode::Refused, MembersLoyaltyTr::tr("At most %1 points can pay for this order.").arg(quote->maxPoints));
    if (quote->stepPoints > 1 && points % quote->stepPoints != 0)
        return makeError(ErrorCode::Refused, MembersLoyaltyTr::tr("Points are used in steps of %1.").arg(quote->stepPoints));
    return PointsCalculator(m_members.rules().current()).valueOfPoints(points);
}

Result<void> MembersLoyalty::reserveWallet(qint64 memberId, qint64 amountMinor, const Uuid& saleUuid)
{
    auto member = m_members.members().byId(memberId);
    if (!member)
        return member.error();
    if (member->walletBalanceMinor() <= 0)
        return makeError(ErrorCode::Refused, MembersLoyaltyTr::tr("The member has no stored value."));
    if (amountMinor > member->walletBalanceMinor())
        return makeError(ErrorCode::Refused, MembersLoyaltyTr::tr("The member's stored value is only %1.")
                                                 .arg(Money(member->walletBalanceMinor(), QStringLiteral("CNY")).toDisplayString()));
    // The row read here serves the reservation too; an erased member is left to the id form,
    // which refuses it with its own message.
    if (member->isErased())
        return m_members.wallet().reserveForSale(memberId, amountMinor, saleUuid);
    return m_members.wallet().reserveForSale(*member, amountMinor, saleUuid);
}

void MembersLoyalty::releaseWallet(const Uuid& saleUuid) { m_members.wallet().releaseForSale(saleUuid); }

LoyaltyOutcome MembersLoyalty::outcomeFor(qint64 memberId)
{
    auto member = m_members.members().byId(memberId);
    if (!member)
        return {};
    return outcomeFor(*member);
}

LoyaltyOutcome MembersLoyalty::outcomeFor(const Member& member)
{
    LoyaltyOutcome o;
    o.maskedMobile = maskMobile(member.mobile);
    if (const TierRule* tier = m_members.rules().current().tier(member.tierCode))
        o.tierName = tier->name;
    o.pointsBalance = member.pointsBalance;
    o.walletBalanceMinor = member.walletBalanceMinor();
    o.hasWallet = member.walletBalanceMinor() > 0;
    return o;
}

Result<LoyaltyOutcome> MembersLoyalty::applySale(const SaleLoyaltyFacts& f)
{
    const LoyaltyRuleBook::Pin rulesForThisSale(m_members.rules());
    const Uuid saleUuid = Uuid::fromString(f.saleUuid);
    const CartSummary cart = summaryOf(f.couponLines.isEmpty() ? f.lines : f.couponLines);
    // The member row is read once for the sale and handed to each step; each keeps it in step
    // with what it writes (points and stored-value balances, the tier), so the receipt's member
    // block below is the row as this transaction leaves it. A member merged away since the cart
    // was read answers as the member it was merged into: everything below is booked to that one.
    auto member = MemberRepository(m_db, m_clock).active(f.memberId);
    if (!member)
        return member.error();
    for (const QString& code : f.coupons) {
        auto id = couponId(code);
        if (!id)
            return id.error();
        auto redeemed = m_members.coupons().redeem(*id, member->id, saleUuid, cart);
        if (!redeemed)
            return redeemed.error();
    }
    if (f.pointsUsed > 0) {
        auto r = m_members.points().redeemForSale(*member, f.pointsUsed, f.totalMinor, saleUuid);
        if (!r)
            return r.error();
        if (r->amountMinor != f.pointsMinor)
            return makeError(ErrorCode::Conflict, MembersLoyaltyTr::tr("The points' value changed while paying; quote again."));
    }
    qint64 walletBonus = 0;
    if (f.walletMinor > 0) {
        auto split = m_members.wallet().spend(*member, f.walletMinor, saleUuid);
        if (!split)
            return split.error();
        walletBonus = split->bonusMinor;
    }
    EarnRequest earn;
    earn.memberId = member->id;
    earn.saleUuid = saleUuid;
    // A line's category matters to points only through a category multiplier: without any, the
    // paths are not read.
    const bool byCategory = !m_members.rules().current().points.categoryMultiplierBps.isEmpty();
    for (const LoyaltyLine& l : f.lines)
        earn.lines.append({byCategory ? categoryPath(l.categoryId) : QString(), l.netMinor});
    earn.pointsTenderMinor = f.pointsMinor;
    earn.walletBonusMinor = walletBonus;
    auto earned = m_members.points().earn(*member, earn);
    if (!earned)
        return earned.error();
    m_members.activity().recordPurchase(member->id, f.totalMinor, m_clock.now());
    m_members.tiers().evaluateOnActivity(*member);
    LoyaltyOutcome o = outcomeFor(*member);
    o.memberId = member->id;
    o.memberUuid = member->uuid.toString();
    o.pointsEarned = earned->quote.points;
    o.pointsUsed = f.pointsUsed;
    o.walletUsedMinor = f.walletMinor;
    o.hasWallet = o.hasWallet || f.walletMinor > 0;
    return o;
}

Result<LoyaltyOutcome> MembersLoyalty::applyReturn(const ReturnLoyaltyFacts& f)
{
    const Uuid original = Uuid::fromString(f.originalSaleUuid);
    PointsReturnShare share;
    share.numerator = f.refundMinor;
    share.denominator = std::max<qint64>(1, f.originalTotalMinor);
    share.redeemedPoints = f.pointsRefund;
    // Earned points still to take back for this sale. Each partial return's share is rounded, so
    // the fraction alone could ask for more than is left; the last return takes exactly the rest.
    const qint64 earnedLeft = m_db.queryInt64(
        "SELECT coalesce(sum(CASE WHEN kind = 'earn' OR (kind = 'reverse' AND reverses = 'earn') THEN amount END), 0) "
        "FROM points_entries WHERE sale_uuid = ?", original.bytes()).value_or(0);
    const qint64 earnedTotal = m_db.queryInt64(
        "SELECT coalesce(sum(amount), 0) FROM points_entries WHERE sale_uuid = ? AND kind = 'earn'", original.bytes()).value_or(0);
    const qint64 byShare = qint64((__int128(earnedTotal) * share.numerator * 2 + share.denominator) / (2 * share.denominator));
    share.earnedPoints = f.fullReturn ? earnedLeft : std::clamp<qint64>(byShare, 0, std::max<qint64>(0, earnedLeft));
    auto reversed = m_members.points().reverseForReturn(original, share);
    if (!reversed)
        return reversed.error();
    if (f.walletRefundMinor > 0) {
        auto refund = m_members.wallet().refundSpend(original, f.walletRefundMinor);
        if (!refund)
            return refund.error();
    }
    if (f.fullReturn) {
        auto restored = m_members.coupons().restoreForReturn(original);
        if (!restored)
            return restored.error();
    }
    m_members.activity().recordReturn(f.memberId, f.refundMinor, m_clock.now());
    LoyaltyOutcome o = outcomeFor(f.memberId);
    o.pointsEarned = -reversed->earnedTakenBack;
    o.pointsUsed = -reversed->redeemedGivenBack;
    o.walletUsedMinor = -f.walletRefundMinor;
    return o;
}

} // namespace patron
