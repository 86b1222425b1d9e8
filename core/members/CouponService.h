#pragma once
// Coupons: issued from templates (on registration, on the birthday, by a top-up rule, by hand,
// or to a segment), single use, with an expiry. A coupon is a discount, not a tender: the
// pricing engine asks for the discount on a cart, then redeems the coupon in the checkout
// transaction; a return restores it when its template says so.

#include "auth/UserService.h"
#include "common/Result.h"
#include "common/Uuid.h"
#include "members/LoyaltyRules.h"

#include <QDateTime>
#include <QList>

namespace patron {

class AuditLog;
class Clock;
class Database;
class LoyaltyRuleBook;
class Outbox;

struct Coupon {
    qint64 id = 0;
    Uuid uuid;
    QString templateCode;
    QString name;
    CouponKind kind = CouponKind::AmountOff;
    qint64 value = 0;
    qint64 thresholdMinor = 0;
    qint64 capMinor = 0;
    QStringList skus;
    bool restoreOnReturn = false;
    qint64 memberId = 0;
    QString source;  // registration, birthday, topup, manual, segment
    QString status;  // issued, redeemed, void (an issued coupon past expiry shows as "expired")
    QDateTime issuedAt;
    QDateTime expiresAt;
    Uuid saleUuid;
    qint64 discountMinor = 0;
    QJsonObject toJson() const;
};

// What pricing knows about the cart when it asks: the subtotal after earlier discounts and the
// lines (SKU and amount) so product coupons can find their lines.
struct CouponCartLine {
    QString sku;
    qint64 amountMinor = 0;
};
struct CartSummary {
    qint64 subtotalMinor = 0;
    QList<CouponCartLine> lines;
};

struct ApplicableCoupon {
    Coupon coupon;
    qint64 discountMinor = 0;
};

class CouponService {
public:
    CouponService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules);

    // ---- inside the caller's transaction ----
    Result<Coupon> issue(qint64 memberId, const QString& templateCode, const QString& source);
    // The discount a coupon gives on this cart (0 when the threshold is not met); refuses a
    // coupon that is not usable now.
    Result<qint64> discountFor(qint64 couponId, qint64 memberId, const CartSummary& cart) const;
    Result<Coupon> redeem(qint64 couponId, qint64 memberId, const Uuid& saleUuid, const CartSummary& cart);
    // On a return: every coupon the sale used goes back to "issued" when its template says so.
    // Returns the coupons restored.
    Result<QList<Coupon>> restoreForReturn(const Uuid& saleUuid);

    // ---- standalone actions ----
    Result<Coupon> issueManually(const Session& actor, qint64 memberId, const QString& templateCode);
    Result<int> issueToMembers(const Session& actor, const QList<qint64>& memberIds, const QString& templateCode);
    // The daily job: a birthday coupon to each member whose birthday is today (once a year).
    Result<int> issueBirthdayCoupons();

    // ---- reads ----
    Result<QList<ApplicableCoupon>> applicableCoupons(qint64 memberId, const CartSummary& cart) const;
    Result<QList<Coupon>> coupons(qint64 memberId) const;
    Result<Coupon> byId(qint64 couponId) const;

    static qint64 discount(const Coupon& coupon, const CartSummary& cart);

private:
    Result<Coupon> usable(qint64 couponId, qint64 memberId) const;
    void publish(const QString& type, const Coupon& coupon);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    LoyaltyRuleBook& m_rules;
};

} // namespace patron
