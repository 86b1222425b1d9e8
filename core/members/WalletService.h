#pragma once
// Stored value (储值): a ledger per member with principal (本金) and bonus (赠送) kept apart in
// every entry, top-ups with bonus rules, spending in the configured order, exact refunds of a
// spend, and the refund of a top-up (principal only; see refundTopUp for the rule when part of
// it was spent).
//
// Functions taking no Session run inside the caller's transaction; those with a Session are
// standalone actions with their own transaction.

#include "auth/UserService.h"
#include "common/Result.h"
#include "common/Uuid.h"
#include "members/MemberRepository.h"
#include "members/TierService.h"

#include <QList>

#include <optional>

namespace patron {

class AuditLog;
class Clock;
class CouponService;
class Database;
class LoyaltyRuleBook;
class Outbox;
class PointsLedger;
class WalletReservation;

struct WalletEntry {
    qint64 id = 0;
    Uuid uuid;
    qint64 memberId = 0;
    QString kind;  // topup, spend, refund, topup_refund
    qint64 principalMinor = 0;  // signed: a spend is negative
    qint64 bonusMinor = 0;
    qint64 cashMinor = 0;  // topup: paid in; topup_refund: paid out
    QString tenderCode;
    QString ref;
    Uuid saleUuid;
    Uuid sourceUuid;  // topup_refund: the top-up it refunds
    QString userName;
    QDateTime createdAt;
    QJsonObject toJson() const;
};

struct WalletSplit {
    Uuid entryUuid;
    qint64 principalMinor = 0;  // positive amounts
    qint64 bonusMinor = 0;
    qint64 total() const { return principalMinor + bonusMinor; }
};

struct TopUpResult {
    WalletEntry entry;
    qint64 bonusPoints = 0;
    QString couponTemplate;  // issued coupon's template, empty if none
    std::optional<TierChange> tierChange;
};

struct TopUpRefund {
    WalletEntry entry;
    qint64 principalRemovedMinor = 0;
    qint64 bonusRemovedMinor = 0;
    qint64 bonusShortfallMinor = 0;  // bonus of this top-up already spent, kept back from the refund
    qint64 cashOutMinor = 0;         // what the customer gets back
};

struct WalletLiability {
    qint64 principalMinor = 0;
    qint64 bonusMinor = 0;
    qint64 members = 0;  // with a non-zero balance
    QJsonObject toJson() const;
};

class WalletService {
public:
    WalletService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules,
                  WalletReservation& reservation, PointsLedger& points, CouponService& coupons, TierService& tiers);

    // ---- before the checkout's transaction ----
    // Checks the balance this till knows and asks the reservation (head office, when joined) to
    // hold amountMinor for the sale, so spend() inside the transaction finds it already held and
    // the till's writer never waits on the network. releaseForSale: the sale did not complete.
    Result<void> reserveForSale(qint64 memberId, qint64 amountMinor, const Uuid& saleUuid);
    Result<void> reserveForSale(const Member& member, qint64 amountMinor, const Uuid& saleUuid);
    void releaseForSale(const Uuid& saleUuid);

    // ---- inside the caller's transaction ----
    // Adds principal plus the bonus of the highest threshold reached (and its bonus points or
    // coupon), then evaluates the tier (a large single top-up may upgrade).
    Result<TopUpResult> topUp(qint64 memberId, qint64 amountMinor, const QString& tenderCode, const QString& ref,
                              const QString& user);
    // Pays amountMinor of a sale. Refused when the balance is zero or short, when the PIN is
    // wrong or missing (a member with a PIN must give it), or when the reservation says no.
    Result<WalletSplit> spend(qint64 memberId, qint64 amountMinor, const Uuid& saleUuid, const QString& pin = {});
    // The same on the row this unit of work loaded (an active member); its stored-value
    // balances are kept in step with the entry written.
    Result<WalletSplit> spend(Member& member, qint64 amountMinor, const Uuid& saleUuid, const QString& pin = {});
    // A return: gives back exactly what the sale's spend took, split as it was; a partial
    // amount is split in proportion to what is left to refund. nullopt: all that is left.
    Result<WalletSplit> refundSpend(const Uuid& saleUuid, std::optional<qint64> amountMinor = std::nullopt);

    // ---- standalone actions ----
    Result<TopUpResult> topUp(const Session& actor, qint64 memberId, qint64 amountMinor, const QString& tenderCode,
                              const QString& ref);
    // Refunds a top-up: the principal goes back, the unspent bonus is removed. When the member
    // already spent part of this top-up's bonus, that part is kept back from the principal
    // refunded: bonus only exists because of the top-up, so undoing the top-up undoes the bonus
    // that was used too. Amounts are capped by the current balances (other spends came first).
    Result<TopUpRefund> refundTopUp(const Session& actor, const Uuid& topUpEntry);

    // ---- reads ----
    Result<QList<WalletEntry>> entries(qint64 memberId) const;
    Result<WalletLiability> liability() const;
    // Whether the cached balances equal the ledger sums.
    Result<bool> check(qint64 memberId) const;

private:
    // memberUuid: what the wallet.entry event names the member by.
    WalletEntry write(qint64 memberId, const Uuid& memberUuid, const QString& kind, qint64 principal, qint64 bonus,
                      qint64 cash, const QString& tender, const QString& ref, const Uuid& saleUuid, qint64 sourceId,
                      const QString& user);
    WalletEntry read(qint64 entryId) const;

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    LoyaltyRuleBook& m_rules;
    WalletReservation& m_reservation;
    PointsLedger& m_points;
    CouponService& m_coupons;
    TierService& m_tiers;
    MemberRepository m_members;
};

} // namespace patron
