#include "members/PointsCalculator.h"

#include "money/Allocation.h"

#include <numeric>

namespace patron {

__extension__ typedef __int128 Int128;  // minor × three multipliers passes 2^63 on big orders

qint64 PointsCalculator::campaignMultiplierBps(const QDate& day, const QDate& birthday) const
{
    // Campaigns do not stack: the best one applies, so two overlapping promotions cannot
    // multiply into a figure nobody priced.
    qint64 best = 10000;
    for (const PointsCampaign& c : m_rules.points.campaigns)
        if (day >= c.from && day <= c.to)
            best = std::max(best, c.multiplierBps);
    if (birthday.isValid() && birthday.month() == day.month())
        best = std::max(best, m_rules.points.birthdayMonthMultiplierBps);
    return best;
}

EarnQuote PointsCalculator::earn(const QList<EarnLine>& lines, qint64 nonEarningMinor, qint64 tierMultiplierBps,
                                 const QDate& day, const QDate& birthday) const
{
    EarnQuote q;
    QList<qint64> paid;
    for (const EarnLine& l : lines)
        paid << std::max<qint64>(0, l.paidMinor);
    const qint64 total = std::accumulate(paid.begin(), paid.end(), qint64(0));
    const qint64 taken = std::clamp<qint64>(nonEarningMinor, 0, total);
    const QList<qint64> shares = allocateLargestRemainder(taken, paid);
    Int128 weighted = 0;  // minor × category bps
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 eligible = paid[i] - shares.value(i);
        q.lineEligibleMinor << eligible;
        const qint64 categoryBps = m_rules.points.categoryMultiplierBps.value(lines[i].category, 10000);
        if (categoryBps > 0)
            q.eligibleMinor += eligible;
        weighted += Int128(eligible) * categoryBps;
    }
    const qint64 campaign = campaignMultiplierBps(day, birthday);
    q.multiplierBps = qint64(Int128(tierMultiplierBps) * campaign / 10000);
    const Int128 divisor = Int128(10000) * 10000 * 10000 * m_rules.points.minorPerPoint;
    q.points = qint64(weighted * tierMultiplierBps * campaign / divisor);
    return q;
}

qint64 PointsCalculator::valueOfPoints(qint64 points) const
{
    const qint64 ppy = m_rules.points.redeemPointsPerYuan;
    if ((points * 100) % ppy != 0)
        return -1;
    return points * 100 / ppy;
}

RedemptionQuote PointsCalculator::quoteRedemption(qint64 availablePoints, qint64 orderTotalMinor) const
{
    RedemptionQuote q;
    q.availablePoints = availablePoints;
    q.minPoints = m_rules.points.redeemMinPoints;
    const qint64 ppy = m_rules.points.redeemPointsPerYuan;
    const qint64 g = std::gcd(ppy, qint64(100));
    q.stepPoints = ppy / g;  // e.g. 10 points = ￥1: 1 point is 10 fen; 300 points = ￥1: 3 points is 1 fen
    q.stepMinor = 100 / g;
    if (availablePoints <= 0 || orderTotalMinor <= 0)
        return q;
    // Down, not half-up: the cap is a limit and must never be passed by a rounding.
    const qint64 cap = qint64(Int128(orderTotalMinor) * m_rules.points.redeemMaxOrderBps / 10000);
    const qint64 byPoints = availablePoints / q.stepPoints * q.stepMinor;
    const qint64 amount = std::min(cap, byPoints) / q.stepMinor * q.stepMinor;
    const qint64 points = amount / q.stepMinor * q.stepPoints;
    if (points < q.minPoints || points <= 0)
        return q;
    q.maxPoints = points;
    q.maxAmountMinor = amount;
    return q;
}

} // namespace patron
