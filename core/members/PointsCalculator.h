#pragma once
// The arithmetic of points, with no storage: what a sale earns and how much of an order points
// may pay. Integer only; rounding always in the shop's favour (down), as receipts show.

#include "members/LoyaltyRules.h"

#include <QDate>
#include <QList>
#include <QString>

namespace patron {

// One sale line as the checkout sees it: its category and what the customer paid for it after
// all discounts (before tenders).
struct EarnLine {
    QString category;
    qint64 paidMinor = 0;
};

struct EarnQuote {
    qint64 points = 0;
    qint64 eligibleMinor = 0;          // the cash-like part that earned
    qint64 multiplierBps = 10000;      // tier × campaign
    QList<qint64> lineEligibleMinor;   // per line, for the sale's line allocation
};

struct RedemptionQuote {
    qint64 availablePoints = 0;
    qint64 minPoints = 0;
    qint64 maxPoints = 0;       // 0: points cannot pay this order
    qint64 maxAmountMinor = 0;
    qint64 stepPoints = 1;      // points are redeemed in multiples of this (a whole fen)
    qint64 stepMinor = 1;
};

class PointsCalculator {
public:
    explicit PointsCalculator(const LoyaltyRules& rules) : m_rules(rules) {}

    // Points for a sale. The part paid with points or with stored-value bonus earns nothing; it
    // is taken off the lines in proportion (largest remainder) before category multipliers.
    EarnQuote earn(const QList<EarnLine>& lines, qint64 nonEarningMinor, qint64 tierMultiplierBps,
                   const QDate& day, const QDate& birthday) const;
    // The best campaign multiplier on a day (double-points days, birthday month); 1× if none.
    qint64 campaignMultiplierBps(const QDate& day, const QDate& birthday) const;

    RedemptionQuote quoteRedemption(qint64 availablePoints, qint64 orderTotalMinor) const;
    // The cash value of points, or -1 when they are not a whole number of fen.
    qint64 valueOfPoints(qint64 points) const;

private:
    const LoyaltyRules& m_rules;
};

} // namespace patron
