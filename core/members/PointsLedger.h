#pragma once
// The points (积分) ledger: append-only entries per member, a cached balance on the member row
// kept in the same transaction, FIFO lots so expiry and reversals are exact, and the
// redemptions (as cash at checkout, or for a gift).
//
// Functions taking no Session run inside the caller's transaction (checkout, returns): they
// return business refusals as Result and throw StoreException on storage errors. Functions
// taking a Session are standalone actions with their own transaction.

#include "auth/UserService.h"
#include "common/Result.h"
#include "common/Uuid.h"
#include "members/MemberRepository.h"
#include "members/PointsCalculator.h"

#include <QList>

#include <optional>

namespace patron {

class AuditLog;
class Clock;
class Database;
class LoyaltyRuleBook;
class Outbox;

struct PointsEntry {
    qint64 id = 0;
    Uuid uuid;
    qint64 memberId = 0;
    QString kind;  // earn, redeem, expire, adjust, reverse
    qint64 amount = 0;
    qint64 remaining = 0;
    qint64 unsettled = 0;
    Uuid saleUuid;
    QString reverses;  // reverse entries: "earn" or "redeem"
    qint64 valueMinor = 0;  // redeem: the cash value it paid
    QString reason;
    QString userName;
    QDateTime createdAt;
    QDateTime expiresAt;
    QJsonObject toJson() const;
};

struct EarnRequest {
    qint64 memberId = 0;
    Uuid saleUuid;
    QList<EarnLine> lines;
    qint64 pointsTenderMinor = 0;   // paid with points: earns nothing
    qint64 walletBonusMinor = 0;    // paid from stored-value bonus: earns nothing
};

struct EarnResult {
    EarnQuote quote;
    Uuid entryUuid;  // null when nothing was earned
};

struct PointsRedemption {
    Uuid entryUuid;
    qint64 points = 0;
    qint64 amountMinor = 0;
};

// What a return gives back. Either a fraction of the sale, or explicit point amounts (the
// checkout knows each line's share, so explicit amounts are exact to the point).
struct PointsReturnShare {
    qint64 numerator = 1;
    qint64 denominator = 1;
    std::optional<qint64> earnedPoints;    // explicit: earned points to take back
    std::optional<qint64> redeemedPoints;  // explicit: redeemed points to give back
};

struct PointsReversal {
    qint64 earnedTakenBack = 0;
    qint64 redeemedGivenBack = 0;
    qint64 redeemedValueMinor = 0;  // the cash value of the points given back
    qint64 balanceAfter = 0;
    bool negative = false;  // the member now owes points (shown in negativeBalances())
};

struct PointsCheck {
    qint64 ledgerSum = 0;
    qint64 cached = 0;
    qint64 lotsRemaining = 0;
    qint64 unsettled = 0;
    bool ok() const { return ledgerSum == cached && ledgerSum == lotsRemaining - unsettled; }
};

class PointsLedger {
public:
    PointsLedger(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules);

    // ---- inside the caller's transaction ----
    // `member` is the row as this unit of work has it (loaded once by the caller, e.g. the
    // checkout's applySale); its points balance is kept in step with what is written, so the
    // caller knows the balance after a redemption and an earn without reading the row again.
    // request.memberId is not used by this form.
    Result<EarnResult> earn(Member& member, const EarnRequest& request);
    Result<PointsRedemption> redeemForSale(Member& member, qint64 points, qint64 orderTotalMinor, const Uuid& saleUuid);
    // The same for a caller that has only the id (loads the row).
    Result<EarnResult> earn(const EarnRequest& request);
    Result<PointsRedemption> redeemForSale(qint64 memberId, qint64 points, qint64 orderTotalMinor, const Uuid& saleUuid);
    Result<PointsReversal> reverseForReturn(const Uuid& saleUuid, const PointsReturnShare& share);
    // Points given by another rule (top-up bonus), as a lot with the normal expiry.
    Uuid grant(qint64 memberId, qint64 points, const QString& reason, const QString& user);
    // Expires every lot of the member that is due; returns the points expired.
    qint64 expireDue(qint64 memberId);

    // ---- standalone actions ----
    Result<PointsEntry> adjust(const Session& actor, qint64 memberId, qint64 delta, const QString& reason);
    Result<PointsEntry> redeemGift(const Session& actor, qint64 memberId, const QString& giftCode);
    // The daily job: expires what is due for every member. Returns the points expired.
    Result<qint64> expireAll();

    // ---- reads ----
    Result<RedemptionQuote> quoteRedemption(qint64 memberId, qint64 orderTotalMinor);
    Result<QList<PointsEntry>> entries(qint64 memberId) const;
    Result<PointsCheck> check(qint64 memberId) const;
    // Members whose balance is below zero (after a return took back points already spent).
    Result<QList<std::pair<qint64, qint64>>> negativeBalances() const;
    qint64 giftStock(const QString& code) const;

private:
    // Whose entries are written: the id, and the UUID head office knows the member by when the
    // caller has it (null: read when an entry is published).
    struct Owner {
        qint64 id = 0;
        Uuid uuid;
    };
    // An entry as inserted, with what its points.entry event carries.
    struct Written {
        qint64 id = 0;
        Uuid uuid;
        QJsonObject event;
    };
    Written addLot(const Owner& owner, const QString& kind, qint64 points, const Uuid& saleUuid, const QString& reverses,
                   const QString& reason, const QString& user);
    Written addDebit(const Owner& owner, const QString& kind, qint64 points, const Uuid& saleUuid,
                     const QString& reverses, qint64 valueMinor, const QString& reason, const QString& user);
    Written insert(const Owner& owner, const QString& kind, qint64 amount, const Uuid& saleUuid, const QString& reverses,
                   qint64 valueMinor, const QString& reason, const QString& user, std::optional<qint64> expiresMs,
                   qint64 remaining = 0);
    qint64 expireDue(const Owner& owner);
    std::optional<qint64> expiryFor(const QDateTime& earnedAt) const;
    void publish(const Written& entry);
    qint64 restoreRedeemed(qint64 memberId, const Uuid& saleUuid, qint64 points);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    LoyaltyRuleBook& m_rules;
    MemberRepository m_members;
};

} // namespace patron
