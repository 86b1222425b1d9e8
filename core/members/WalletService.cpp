#include "members/WalletService.h"

#include "auth/AuditLog.h"
#include "auth/PinHasher.h"
#include "common/Clock.h"
#include "members/CouponService.h"
#include "members/LoyaltyRuleBook.h"
#include "members/PointsLedger.h"
#include "members/WalletReservation.h"
#include "money/Allocation.h"
#include "money/Money.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

QString yuan(qint64 minor) { return Money(minor, QStringLiteral("CNY")).toDisplayString(); }
} // namespace

QJsonObject WalletEntry::toJson() const
{
    return {{QStringLiteral("uuid"), uuid.toString()},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("principal_minor"), principalMinor},
            {QStringLiteral("bonus_minor"), bonusMinor},
            {QStringLiteral("cash_minor"), cashMinor},
            {QStringLiteral("tender"), tenderCode},
            {QStringLiteral("ref"), ref},
            {QStringLiteral("sale_uuid"), saleUuid.isNull() ? QJsonValue() : QJsonValue(saleUuid.toString())},
            {QStringLiteral("source_uuid"), sourceUuid.isNull() ? QJsonValue() : QJsonValue(sourceUuid.toString())},
            {QStringLiteral("user"), userName},
            {QStringLiteral("created_at"), isoWithOffset(createdAt)}};
}

QJsonObject WalletLiability::toJson() const
{
    return {{QStringLiteral("principal_minor"), principalMinor},
            {QStringLiteral("bonus_minor"), bonusMinor},
            {QStringLiteral("total_minor"), principalMinor + bonusMinor},
            {QStringLiteral("members"), members}};
}

WalletService::WalletService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules,
                             WalletReservation& reservation, PointsLedger& points, CouponService& coupons,
                             TierService& tiers)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_rules(rules), m_reservation(reservation),
      m_points(points), m_coupons(coupons), m_tiers(tiers), m_members(db, clock)
{
}

WalletEntry WalletService::read(qint64 entryId) const
{
    Statement s = m_db.prepare(
        "SELECT w.id, w.uuid, w.member_id, w.kind, w.principal_minor, w.bonus_minor, w.cash_minor, w.tender_code, w.ref,"
        " w.sale_uuid, src.uuid, w.user_name, w.created_ms FROM wallet_entries w"
        " LEFT JOIN wallet_entries src ON src.id = w.source_id WHERE w.id = ?");
    s.bind(1, entryId);
    WalletEntry e;
    if (!s.step())
        return e;
    e.id = s.int64(0);
    e.uuid = Uuid::fromBytes(s.blob(1));
    e.memberId = s.int64(2);
    e.kind = s.text(3);
    e.principalMinor = s.int64(4);
    e.bonusMinor = s.int64(5);
    e.cashMinor = s.int64(6);
    e.tenderCode = s.text(7);
    e.ref = s.text(8);
    e.saleUuid = Uuid::fromBytes(s.blob(9));
    e.sourceUuid = Uuid::fromBytes(s.blob(10));
    e.userName = s.text(11);
    e.createdAt = m_members.fromMs(s.int64(12));
    return e;
}

WalletEntry WalletService::write(qint64 memberId, const Uuid& memberUuid, const QString& kind, qint64 principal,
                                 qint64 bonus, qint64 cash, const QString& tender, const QString& ref,
                                 const Uuid& saleUuid, qint64 sourceId, const QString& user)
{
    const qint64 now = m_clock.nowMs();
    m_db.execute("INSERT INTO wallet_entries(uuid, member_id, kind, principal_minor, bonus_minor, cash_minor, tender_code,"
                 " ref, sale_uuid, source_id, user_name, created_ms)"
                 " VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, coalesce(?, ''), ?)",
                 Uuid::v7(now).bytes(), memberId, kind, principal, bonus, cash, tender, ref,
                 saleUuid.isNull() ? QByteArray() : saleUuid.bytes(),
                 sourceId ? std::optional<qint64>(sourceId) : std::nullopt, user, now);
    const WalletEntry e = read(m_db.lastInsertRowId());
    // OR FAIL: no statement journal for the summary triggers' writes (MemberTriggersSchema.h).
    m_db.execute("UPDATE OR FAIL members SET wallet_principal_minor = wallet_principal_minor + ?,"
                 " wallet_bonus_minor = wallet_bonus_minor + ? WHERE id = ?", principal, bonus, memberId);
    QJsonObject payload = e.toJson();
    payload.insert(QStringLiteral("member_uuid"), memberUuid.toString());
    // Head office's names for the same facts (docs/sync-events.md).
    payload.insert(QStringLiteral("entry_uuid"), payload.value(QStringLiteral("uuid")));
    if (!payload.contains(QStringLiteral("reason")))
        payload.insert(QStringLiteral("reason"), kind);
    m_outbox.append(QStringLiteral("wallet.entry"), 1, payload);
    return e;
}

Result<TopUpResult> WalletService::topUp(qint64 memberId, qint64 amountMinor, const QString& tenderCode,
                                         const QString& ref, const QString& user)
{
    Q_ASSERT(m_db.inTransaction());
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A top-up must be more than zero."));
    if (tenderCode.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("Say how the top-up was paid (a tender code)."));
    auto member = m_members.active(memberId);
    if (!member)
        return member.error();
    const WalletRules& rules = m_rules.current().wallet;
    const TopUpBonusRule* bonus = nullptr;
    for (const TopUpBonusRule& b : rules.topUpBonus)  // sorted by threshold
        if (amountMinor >= b.thresholdMinor)
            bonus = &b;
    TopUpResult r;
    r.entry = write(memberId, member->uuid, QStringLiteral("topup"), amountMinor, bonus ? bonus->bonusMinor : 0,
                    amountMinor, tenderCode.trimmed(), ref, {}, 0, user);
    if (bonus && bonus->bonusPoints > 0) {
        m_points.grant(memberId, bonus->bonusPoints, MembersTr::tr("Top-up bonus"), user);
        r.bonusPoints = bonus->bonusPoints;
    }
    if (bonus && !bonus->couponTemplate.isEmpty()) {
        auto coupon = m_coupons.issue(memberId, bonus->couponTemplate, QStringLiteral("topup"));
        if (!coupon)
            return coupon.error();
        r.couponTemplate = bonus->couponTemplate;
    }
    r.tierChange = m_tiers.evaluateOnActivity(*member);
    return r;
}

Result<TopUpResult> WalletService::topUp(const Session& actor, qint64 memberId, qint64 amountMinor,
                                         const QString& tenderCode, const QString& ref)
{
    if (!actor.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not take top-ups.").arg(actor.userName));
    return guarded([&]() -> Result<TopUpResult> {
        Transaction tx(m_db);
        auto r = topUp(memberId, amountMinor, tenderCode, ref, actor.userName);
        if (!r)
            return r;
        m_audit.append(actor.userName, QStringLiteral("wallet.topup"), r->entry.uuid.toString(),
                       {{QStringLiteral("member_id"), memberId}, {QStringLiteral("amount_minor"), amountMinor},
                        {QStringLiteral("tender"), tenderCode}});
        tx.commit();
        return r;
    });
}

Result<void> WalletService::reserveForSale(qint64 memberId, qint64 amountMinor, const Uuid& saleUuid)
{
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A stored-value payment must be more than zero."));
    auto member = m_members.active(memberId);
    if (!member)
        return member.error();
    return reserveForSale(*member, amountMinor, saleUuid);
}

Result<void> WalletService::reserveForSale(const Member& member, qint64 amountMinor, const Uuid& saleUuid)
{
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A stored-value payment must be more than zero."));
    return m_reservation.reserve(member, amountMinor, saleUuid);
}

void WalletService::releaseForSale(const Uuid& saleUuid) { m_reservation.release(saleUuid); }

Result<WalletSplit> WalletService::spend(qint64 memberId, qint64 amountMinor, const Uuid& saleUuid, const QString& pin)
{
    Q_ASSERT(m_db.inTransaction());
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A stored-value payment must be more than zero."));
    auto member = m_members.active(memberId);
    if (!member)
        return member.error();
    return spend(*member, amountMinor, saleUuid, pin);
}

Result<WalletSplit> WalletService::spend(Member& member, qint64 amountMinor, const Uuid& saleUuid, const QString& pin)
{
    Q_ASSERT(m_db.inTransaction());
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A stored-value payment must be more than zero."));
    const qint64 memberId = member.id;
    const WalletRules& rules = m_rules.current().wallet;
    const qint64 balance = member.walletBalanceMinor();
    if (balance <= 0)
        return makeError(ErrorCode::Refused, MembersTr::tr("The member has no stored value."));
    if (amountMinor > balance)
        return makeError(ErrorCode::Refused, MembersTr::tr("The stored value balance is %1; it cannot pay %2.")
                                                 .arg(yuan(balance), yuan(amountMinor)));
    // The hash itself is not kept on Member; it is read only for a member who has one.
    const QString hash = member.hasPayPin
        ? m_db.queryText("SELECT pay_pin_hash FROM members WHERE id = ?", memberId).value_or(QString())
        : QString();
    if (hash.isEmpty() && rules.requirePin)
        return makeError(ErrorCode::Refused, MembersTr::tr("Stored value needs a payment PIN; the member has not set one yet."));
    if (!hash.isEmpty()) {
        auto normalized = normalizePin(pin);
        const bool good = normalized && verifyPin(hash, *normalized);
        if (normalized)
            wipe(*normalized);
        if (!good)
            return makeError(ErrorCode::AuthFailed, MembersTr::tr("The member's payment PIN is wrong."));
    }
    PATRON_TRY(m_reservation.reserve(member, amountMinor, saleUuid));
    const qint64 p = member.walletPrincipalMinor, b = member.walletBonusMinor;
    WalletSplit split;
    switch (rules.spendOrder) {
    case SpendOrder::Proportional: {
        const QList<qint64> parts = allocateLargestRemainder(amountMinor, {std::max<qint64>(p, 0), std::max<qint64>(b, 0)});
        split.principalMinor = parts[0];
        split.bonusMinor = parts[1];
        break;
    }
    case SpendOrder::PrincipalFirst:
        split.principalMinor = std::min(amountMinor, std::max<qint64>(p, 0));
        split.bonusMinor = amountMinor - split.principalMinor;
        break;
    case SpendOrder::BonusFirst:
        split.bonusMinor = std::min(amountMinor, std::max<qint64>(b, 0));
        split.principalMinor = amountMinor - split.bonusMinor;
        break;
    }
    split.entryUuid = write(memberId, member.uuid, QStringLiteral("spend"), -split.principalMinor, -split.bonusMinor, 0,
                            {}, {}, saleUuid, 0, QStringLiteral("system")).uuid;
    member.walletPrincipalMinor -= split.principalMinor;
    member.walletBonusMinor -= split.bonusMinor;
    return split;
}

Result<WalletSplit> WalletService::refundSpend(const Uuid& saleUuid, std::optional<qint64> amountMinor)
{
    Q_ASSERT(m_db.inTransaction());
    Statement s = m_db.prepare(
        "SELECT member_id, coalesce(sum(CASE WHEN kind = 'spend' THEN -principal_minor END), 0),"
        " coalesce(sum(CASE WHEN kind = 'spend' THEN -bonus_minor END), 0),"
        " coalesce(sum(CASE WHEN kind = 'refund' THEN principal_minor END), 0),"
        " coalesce(sum(CASE WHEN kind = 'refund' THEN bonus_minor END), 0)"
        " FROM wallet_entries WHERE sale_uuid = ? GROUP BY member_id");
    s.bindBlob(1, saleUuid.bytes());
    if (!s.step())
        return makeError(ErrorCode::NotFound, MembersTr::tr("Sale %1 was not paid with stored value.").arg(saleUuid.toString()));
    const qint64 memberId = s.int64(0);
    const qint64 leftP = s.int64(1) - s.int64(3), leftB = s.int64(2) - s.int64(4);
    s = Statement();
    const qint64 want = amountMinor.value_or(leftP + leftB);
    if (want <= 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("Nothing to refund."));
    if (want > leftP + leftB)
        return makeError(ErrorCode::Refused, MembersTr::tr("Only %1 of stored value is left to refund on this sale.")
                                                 .arg(yuan(leftP + leftB)));
    const QList<qint64> parts = allocateLargestRemainder(want, {leftP, leftB});
    WalletSplit split;
    split.principalMinor = parts[0];
    split.bonusMinor = parts[1];
    // The event names the member the entries belong to as it resolves now (a merged member: the
    // one it was merged into).
    split.entryUuid = write(memberId, m_members.byId(memberId)->uuid, QStringLiteral("refund"), split.principalMinor,
                            split.bonusMinor, 0, {}, {}, saleUuid, 0, QStringLiteral("system")).uuid;
    return split;
}

Result<TopUpRefund> WalletService::refundTopUp(const Session& actor, const Uuid& topUpEntry)
{
    if (!actor.can(perm::WalletAdjust))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not refund top-ups.").arg(actor.userName));
    return guarded([&]() -> Result<TopUpRefund> {
        Transaction tx(m_db);
        const qint64 id = m_db.queryInt64("SELECT id FROM wallet_entries WHERE uuid = ? AND kind = 'topup'",
                                          topUpEntry.bytes()).value_or(0);
        if (id == 0)
            return makeError(ErrorCode::NotFound, MembersTr::tr("There is no top-up %1.").arg(topUpEntry.toString()));
        if (m_db.queryInt64("SELECT count(*) FROM wallet_entries WHERE source_id = ?", id).value_or(0) > 0)
            return makeError(ErrorCode::Refused, MembersTr::tr("Top-up %1 was already refunded.").arg(topUpEntry.toString()));
        const WalletEntry topUp = read(id);
        auto member = m_members.active(topUp.memberId);
        if (!member)
            return member.error();
        TopUpRefund r;
        r.principalRemovedMinor = std::clamp<qint64>(member->walletPrincipalMinor, 0, topUp.principalMinor);
        r.bonusRemovedMinor = std::clamp<qint64>(member->walletBonusMinor, 0, topUp.bonusMinor);
        r.bonusShortfallMinor = topUp.bonusMinor - r.bonusRemovedMinor;
        r.cashOutMinor = std::max<qint64>(0, r.principalRemovedMinor - r.bonusShortfallMinor);
        if (r.principalRemovedMinor == 0 && r.bonusRemovedMinor == 0)
            return makeError(ErrorCode::Refused, MembersTr::tr("Nothing of this top-up is left to refund."));
        r.entry = write(topUp.memberId, member->uuid, QStringLiteral("topup_refund"), -r.principalRemovedMinor,
                        -r.bonusRemovedMinor, r.cashOutMinor, topUp.tenderCode, topUp.ref, {}, id, actor.userName);
        m_audit.append(actor.userName, QStringLiteral("wallet.topup_refund"), topUpEntry.toString(),
                       {{QStringLiteral("cash_out_minor"), r.cashOutMinor},
                        {QStringLiteral("principal_removed_minor"), r.principalRemovedMinor},
                        {QStringLiteral("bonus_removed_minor"), r.bonusRemovedMinor}});
        tx.commit();
        return r;
    });
}

Result<QList<WalletEntry>> WalletService::entries(qint64 memberId) const
{
    return guarded([&] {
        QList<qint64> ids;
        Statement s = m_db.prepare("SELECT id FROM wallet_entries WHERE member_id = ? ORDER BY id");
        s.bind(1, memberId);
        while (s.step())
            ids << s.int64(0);
        s = Statement();
        QList<WalletEntry> out;
        for (qint64 id : ids)
            out << read(id);
        return out;
    });
}

Result<WalletLiability> WalletService::liability() const
{
    return guarded([&] {
        // From the cached balances, through the partial index of members holding stored value.
        Statement s = m_db.prepare(
            "SELECT coalesce(sum(wallet_principal_minor), 0), coalesce(sum(wallet_bonus_minor), 0), count(*)"
            " FROM members WHERE wallet_principal_minor <> 0 OR wallet_bonus_minor <> 0");
        s.step();
        WalletLiability l;
        l.principalMinor = s.int64(0);
        l.bonusMinor = s.int64(1);
        l.members = s.int64(2);
        return l;
    });
}

Result<bool> WalletService::check(qint64 memberId) const
{
    return guarded([&] {
        Statement s = m_db.prepare(
            "SELECT coalesce(sum(principal_minor), 0), coalesce(sum(bonus_minor), 0) FROM wallet_entries WHERE member_id = ?");
        s.bind(1, memberId);
        s.step();
        const qint64 p = s.int64(0), b = s.int64(1);
        s = Statement();
        auto m = m_members.byId(memberId);
        return m && m->walletPrincipalMinor == p && m->walletBonusMinor == b;
    });
}

} // namespace patron
