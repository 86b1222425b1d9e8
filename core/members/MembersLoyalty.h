#pragma once
// The membership engine as the checkout sees it (LoyaltyPort): member prices and tier discounts
// for pricing, coupon discounts, points as a tender, stored value, and — inside the checkout's
// transaction — spending, earning, visit counters and tier upgrades; on returns, the reverse.

#include "sales/LoyaltyPort.h"

namespace patron {

class Database;
class MembersModule;
class Clock;
struct Member;

class MembersLoyalty final : public LoyaltyPort {
public:
    MembersLoyalty(MembersModule& members, Database& db, const Clock& clock)
        : m_members(members), m_db(db), m_clock(clock) {}

    std::optional<MemberPricing> pricingFor(qint64 memberId) override;
    Result<qint64> couponDiscount(qint64 memberId, const QString& code, const QList<LoyaltyLine>& pricedLines) override;
    Result<qint64> pointsValue(qint64 memberId, qint64 points, qint64 orderMinor) override;
    Result<void> reserveWallet(qint64 memberId, qint64 amountMinor, const Uuid& saleUuid) override;
    void releaseWallet(const Uuid& saleUuid) override;
    Result<LoyaltyOutcome> applySale(const SaleLoyaltyFacts& facts) override;
    Result<LoyaltyOutcome> applyReturn(const ReturnLoyaltyFacts& facts) override;

private:
    LoyaltyOutcome outcomeFor(qint64 memberId);
    LoyaltyOutcome outcomeFor(const Member& member);
    QString categoryPath(qint64 categoryId);

    MembersModule& m_members;
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
