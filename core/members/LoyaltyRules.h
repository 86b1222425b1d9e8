#pragma once
// The store's loyalty rules as one document: tiers, points, stored-value bonuses, spend order,
// coupon templates and gifts. Parsed and validated from JSON; money in minor units, rates in
// basis points, never floating point.

#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace patron {

struct TierRule {
    QString code;
    QString name;
    int rank = 0;                       // 0 is the base tier everyone starts in
    qint64 discountBps = 0;             // member discount, e.g. 500 = 5 % off
    bool memberPrice = false;           // the tier buys at the catalog's member price
    qint64 pointsMultiplierBps = 10000; // 15000 earns 1.5×
    // Qualifying: any non-zero threshold met within windowDays.
    qint64 spendMinor = 0;
    qint64 points = 0;
    qint64 singleTopUpMinor = 0;
    int windowDays = 365;
    int validityDays = 0;  // 0: the tier never lapses
    int graceDays = 0;     // after validity ends, before the downgrade
    bool hasThreshold() const { return spendMinor > 0 || points > 0 || singleTopUpMinor > 0; }
};

struct PointsCampaign {
    QString name;
    QDate from, to;  // inclusive, local dates
    qint64 multiplierBps = 10000;
};

enum class PointsExpiry { Never, Rolling, YearEnd };

struct PointsRules {
    qint64 minorPerPoint = 100;  // 1 point per ￥1 paid
    QHash<QString, qint64> categoryMultiplierBps;  // 0 excludes a category
    QList<PointsCampaign> campaigns;
    qint64 birthdayMonthMultiplierBps = 10000;
    PointsExpiry expiry = PointsExpiry::Rolling;
    int expiryMonths = 12;  // Rolling: months after earning; YearEnd: earned this year expire
                            // at the end of the year `expiryMonths / 12` years later
    qint64 redeemPointsPerYuan = 100;  // 100 points = ￥1
    qint64 redeemMinPoints = 100;
    qint64 redeemMaxOrderBps = 5000;   // points pay at most half an order
};

enum class SpendOrder { Proportional, PrincipalFirst, BonusFirst };

struct TopUpBonusRule {
    qint64 thresholdMinor = 0;
    qint64 bonusMinor = 0;
    qint64 bonusPoints = 0;
    QString couponTemplate;  // empty: none
};

struct WalletRules {
    SpendOrder spendOrder = SpendOrder::Proportional;
    bool requirePin = false;
    qint64 offlineLimitMinor = 0;  // per spend while head office is unreachable; 0: no limit
    QList<TopUpBonusRule> topUpBonus;  // the highest threshold reached applies
};

enum class CouponKind { AmountOff, PercentOff, Product };

struct CouponTemplate {
    QString code;
    QString name;
    CouponKind kind = CouponKind::AmountOff;
    qint64 value = 0;           // AmountOff/Product: minor units off; PercentOff: basis points off
    qint64 thresholdMinor = 0;  // eligible subtotal needed
    qint64 capMinor = 0;        // PercentOff: the most it takes off (0: no cap)
    QStringList skus;           // Product: the SKUs it applies to
    int validDays = 30;
    bool restoreOnReturn = false;
};

struct GiftRule {
    QString code;
    QString name;
    qint64 points = 0;
    qint64 initialStock = 0;  // stock when the gift first appears; redemptions count it down
};

// A count card (次卡) the shop sells: N uses of one service or product within some days. Selling
// one for this SKU takes its uses and validity from here unless the seller gives them.
struct CountCardProduct {
    QString sku;         // what one use redeems
    QString name;
    int uses = 0;
    int validDays = 0;   // 0: the card does not expire
    qint64 priceMinor = 0;
};

struct LoyaltyRules {
    int version = 0;  // assigned when saved
    QList<TierRule> tiers;  // sorted by rank
    PointsRules points;
    WalletRules wallet;
    QList<CouponTemplate> couponTemplates;
    QStringList registrationCoupons;  // template codes issued on registration
    QString birthdayCoupon;           // template code issued on the birthday (empty: none)
    QList<GiftRule> gifts;
    QList<CountCardProduct> countCardProducts;

    static LoyaltyRules defaults();
    static Result<LoyaltyRules> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    const TierRule& baseTier() const { return tiers.first(); }
    const TierRule* tier(const QString& code) const;
    const CountCardProduct* countCardProduct(const QString& sku) const;
    const TierRule* nextTier(const QString& code) const;  // the next rank up, or null
    const CouponTemplate* couponTemplate(const QString& code) const;
    const GiftRule* gift(const QString& code) const;
};

QString spendOrderName(SpendOrder order);
QString couponKindName(CouponKind kind);
bool parseCouponKind(const QString& name, CouponKind* kind);

} // namespace patron
