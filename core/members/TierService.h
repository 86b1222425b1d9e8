#pragma once
// Member tiers: upgrades when activity (a purchase, a top-up) qualifies a member for a higher
// tier, renewal or a gentle one-step downgrade when a tier's validity and grace run out, the
// distance to the next tier, and a record of every change with its reason.

#include "common/Result.h"
#include "members/LoyaltyRules.h"
#include "members/MemberRepository.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace patron {

class AuditLog;
class Clock;
class Database;
class LoyaltyRuleBook;
class Outbox;
class TierEvidence;

struct TierChange {
    qint64 memberId = 0;
    QString fromTier;
    QString toTier;
    QString reason;  // upgrade, renewed, expired, rules
    QDateTime at;
    QDateTime expiresAt;  // invalid: no expiry
    QJsonObject toJson() const;
};

// What a member did in a tier's window: the figures thresholds are compared with.
struct TierMetrics {
    qint64 spendMinor = 0;
    qint64 points = 0;
    qint64 largestTopUpMinor = 0;
};

struct TierDistance {
    QString tierCode;   // the next tier; empty at the top
    QString tierName;
    qint64 spendMinorNeeded = -1;  // -1: this way does not lead to the tier
    qint64 pointsNeeded = -1;
    qint64 topUpMinorNeeded = -1;
    QString text;  // translated, e.g. "Spend ￥120.00 more to reach 金卡"
    QJsonObject toJson() const;
};

class TierService {
public:
    TierService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules);

    // Inside the caller's transaction (checkout, top-up): upgrades when the member now
    // qualifies for a higher tier. Never downgrades.
    std::optional<TierChange> evaluateOnActivity(qint64 memberId);
    // The same on the row this unit of work loaded; an upgrade is written to it too (tier code,
    // since, expiry), so the caller shows the new tier without reading the row again.
    std::optional<TierChange> evaluateOnActivity(Member& member);
    // The daily job (own transaction): tiers whose validity ended are renewed when the member
    // requalifies, left alone during the grace period, else lowered one step. Returns changes.
    Result<QList<TierChange>> evaluateAll();

    Result<TierDistance> distanceToNextTier(qint64 memberId);
    Result<QList<TierChange>> history(qint64 memberId) const;
    TierMetrics metrics(qint64 memberId, int windowDays) const;

private:
    bool qualifies(const TierRule& tier, TierEvidence& evidence) const;
    // The highest tier the member qualifies for (the base tier at least); with `above`, tiers
    // at or below it are not evaluated.
    const TierRule* highestQualified(qint64 memberId, const LoyaltyRules& rules, const TierRule* above = nullptr) const;
    TierChange change(const Member& member, const TierRule& to, const QString& reason);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    LoyaltyRuleBook& m_rules;
    MemberRepository m_members;
};

} // namespace patron
