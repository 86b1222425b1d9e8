#include "members/TierService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "members/LoyaltyRuleBook.h"
#include "members/TierEvidence.h"
#include "money/Money.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

QJsonValue isoOrNull(const QDateTime& t) { return t.isValid() ? QJsonValue(isoWithOffset(t)) : QJsonValue(); }
QString yuan(qint64 minor) { return Money(minor, QStringLiteral("CNY")).toDisplayString(); }
} // namespace

QJsonObject TierChange::toJson() const
{
    return {{QStringLiteral("member_id"), memberId}, {QStringLiteral("from"), fromTier},
            {QStringLiteral("to"), toTier},          {QStringLiteral("reason"), reason},
            {QStringLiteral("at"), isoOrNull(at)},   {QStringLiteral("expires_at"), isoOrNull(expiresAt)}};
}

QJsonObject TierDistance::toJson() const
{
    auto opt = [](qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    return {{QStringLiteral("next_tier"), tierCode.isEmpty() ? QJsonValue() : QJsonValue(tierCode)},
            {QStringLiteral("next_tier_name"), tierName},
            {QStringLiteral("spend_minor_needed"), opt(spendMinorNeeded)},
            {QStringLiteral("points_needed"), opt(pointsNeeded)},
            {QStringLiteral("topup_minor_needed"), opt(topUpMinorNeeded)},
            {QStringLiteral("text"), text}};
}

TierService::TierService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_rules(rules), m_members(db, clock)
{
}

TierMetrics TierService::metrics(qint64 memberId, int windowDays) const
{
    TierEvidence evidence(m_db, memberId, m_clock.now());
    TierMetrics m;
    m.spendMinor = evidence.spendMinor(windowDays);
    m.points = evidence.pointsEarned(windowDays);
    m.largestTopUpMinor = evidence.largestTopUpMinor(windowDays);
    return m;
}

bool TierService::qualifies(const TierRule& tier, TierEvidence& evidence) const
{
    if (!tier.hasThreshold())
        return true;
    // Each way is read only when the tier has it, and not at all once one is met.
    return (tier.spendMinor > 0 && evidence.spendMinor(tier.windowDays) >= tier.spendMinor)
        || (tier.points > 0 && evidence.pointsEarned(tier.windowDays) >= tier.points)
        || (tier.singleTopUpMinor > 0 && evidence.largestTopUpMinor(tier.windowDays) >= tier.singleTopUpMinor);
}

const TierRule* TierService::highestQualified(qint64 memberId, const LoyaltyRules& rules, const TierRule* above) const
{
    TierEvidence evidence(m_db, memberId, m_clock.now());
    const TierRule* best = &rules.baseTier();
    for (const TierRule& t : rules.tiers) {
        // A tier not above `above` cannot be the answer the caller acts on: skip its reads.
        if (above && t.rank <= above->rank)
            continue;
        if (t.rank > best->rank && qualifies(t, evidence))
            best = &t;
    }
    return best;
}

TierChange TierService::change(const Member& member, const TierRule& to, const QString& reason)
{
    const QDateTime now = m_clock.now();
    TierChange c;
    c.memberId = member.id;
    c.fromTier = member.tierCode;
    c.toTier = to.code;
    c.reason = reason;
    c.at = now;
    // The base tier never lapses; others last validityDays from the day they were reached.
    if (to.validityDays > 0 && to.rank > m_rules.current().baseTier().rank)
        c.expiresAt = now.addDays(to.validityDays);
    const std::optional<qint64> expiresMs =
        c.expiresAt.isValid() ? std::optional<qint64>(c.expiresAt.toMSecsSinceEpoch()) : std::nullopt;
    m_db.execute("UPDATE members SET tier_code = ?, tier_since_ms = ?, tier_expires_ms = ? WHERE id = ?", to.code,
                 now.toMSecsSinceEpoch(), expiresMs, member.id);
    m_db.execute("INSERT INTO tier_changes(uuid, member_id, from_tier, to_tier, reason, at_ms, expires_ms)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)",
                 Uuid::v7(now.toMSecsSinceEpoch()).bytes(), member.id, member.tierCode, to.code, reason,
                 now.toMSecsSinceEpoch(), expiresMs);
    m_outbox.append(QStringLiteral("tier.changed"), 1,
                    {{QStringLiteral("member_uuid"), member.uuid.toString()}, {QStringLiteral("from"), c.fromTier},
                     {QStringLiteral("to"), c.toTier}, {QStringLiteral("reason"), reason},
                     {QStringLiteral("expires_ms"), expiresMs ? QJsonValue(*expiresMs) : QJsonValue()}});
    return c;
}

std::optional<TierChange> TierService::evaluateOnActivity(qint64 memberId)
{
    Q_ASSERT(m_db.inTransaction());
    auto member = m_members.byId(memberId);
    if (!member)
        return std::nullopt;
    return evaluateOnActivity(*member);
}

std::optional<TierChange> TierService::evaluateOnActivity(Member& member)
{
    Q_ASSERT(m_db.inTransaction());
    if (member.isErased())
        return std::nullopt;
    const LoyaltyRules& rules = m_rules.current();
    const TierRule* current = rules.tier(member.tierCode);
    // Only tiers above the current one can be an upgrade, so only theirs are evaluated.
    const TierRule* best = highestQualified(member.id, rules, current);
    if (current && best->rank <= current->rank)
        return std::nullopt;
    if (!current && best->code == member.tierCode)
        return std::nullopt;
    const TierChange c = change(member, *best, current ? QStringLiteral("upgrade") : QStringLiteral("rules"));
    member.tierCode = c.toTier;
    member.tierSince = c.at;
    member.tierExpiresAt = c.expiresAt;
    return c;
}

Result<QList<TierChange>> TierService::evaluateAll()
{
    return guarded([&]() -> Result<QList<TierChange>> {
        Transaction tx(m_db);
        const LoyaltyRules& rules = m_rules.current();
        const QDateTime now = m_clock.now();
        QList<qint64> due;
        Statement s = m_db.prepare("SELECT id FROM members WHERE status = 'active' AND tier_expires_ms <= ? ORDER BY id");
        s.bind(1, now.toMSecsSinceEpoch());
        while (s.step())
            due << s.int64(0);
        s = Statement();
        QList<TierChange> changes;
        for (qint64 id : due) {
            const Member member = *m_members.byId(id);
            const TierRule* current = rules.tier(member.tierCode);
            const TierRule* best = highestQualified(id, rules);
            if (!current) {  // the tier was removed from the rules
                changes << change(member, *best, QStringLiteral("rules"));
                continue;
            }
            if (best->rank >= current->rank) {
                changes << change(member, *best, best->rank > current->rank ? QStringLiteral("upgrade") : QStringLiteral("renewed"));
                continue;
            }
            if (now < member.tierExpiresAt.addDays(current->graceDays))
                continue;  // in the grace period: the member can still requalify
            // Down one step at a time (never below what the member qualifies for): a sudden fall
            // from the top tier to the bottom loses customers.
            const TierRule* lower = best;
            for (const TierRule& t : rules.tiers)
                if (t.rank < current->rank && t.rank > lower->rank)
                    lower = &t;
            changes << change(member, *lower, QStringLiteral("expired"));
        }
        // Members still in a removed tier (no expiry) move to what they qualify for.
        QStringList codes;
        for (const TierRule& t : rules.tiers)
            codes << t.code;
        Statement all = m_db.prepare("SELECT DISTINCT tier_code FROM members WHERE status = 'active'");
        QStringList unknown;
        while (all.step())
            if (!codes.contains(all.text(0)))
                unknown << all.text(0);
        all = Statement();
        for (const QString& code : unknown) {
            for (const Member& m : m_members.where("tier_code = ? AND status = 'active'", {code}, 1000000))
                changes << change(m, *highestQualified(m.id, rules), QStringLiteral("rules"));
        }
        tx.commit();
        return changes;
    });
}

Result<TierDistance> TierService::distanceToNextTier(qint64 memberId)
{
    return guarded([&]() -> Result<TierDistance> {
        auto member = m_members.active(memberId);
        if (!member)
            return member.error();
        const LoyaltyRules& rules = m_rules.current();
        TierDistance d;
        const TierRule* next = rules.nextTier(member->tierCode);
        if (!next) {
            d.text = MembersTr::tr("Already in the highest tier.");
            return d;
        }
        d.tierCode = next->code;
        d.tierName = next->name;
        const TierMetrics m = metrics(memberId, next->windowDays);
        QStringList ways;
        if (next->spendMinor > 0) {
            d.spendMinorNeeded = std::max<qint64>(0, next->spendMinor - m.spendMinor);
            ways << MembersTr::tr("spend %1 more").arg(yuan(d.spendMinorNeeded));
        }
        if (next->points > 0) {
            d.pointsNeeded = std::max<qint64>(0, next->points - m.points);
            ways << MembersTr::tr("earn %1 more points").arg(d.pointsNeeded);
        }
        if (next->singleTopUpMinor > 0) {
            d.topUpMinorNeeded = std::max<qint64>(0, next->singleTopUpMinor - m.largestTopUpMinor);
            ways << MembersTr::tr("top up %1 at once").arg(yuan(next->singleTopUpMinor));
        }
        d.text = MembersTr::tr("%1 to reach %2.").arg(ways.join(MembersTr::tr(" or ")), next->name);
        if (!d.text.isEmpty())
            d.text[0] = d.text[0].toUpper();
        return d;
    });
}

Result<QList<TierChange>> TierService::history(qint64 memberId) const
{
    return guarded([&] {
        QList<TierChange> out;
        Statement s = m_db.prepare(
            "SELECT from_tier, to_tier, reason, at_ms, expires_ms FROM tier_changes WHERE member_id = ? ORDER BY id");
        s.bind(1, memberId);
        while (s.step()) {
            TierChange c;
            c.memberId = memberId;
            c.fromTier = s.text(0);
            c.toTier = s.text(1);
            c.reason = s.text(2);
            c.at = m_members.fromMs(s.int64(3));
            c.expiresAt = m_members.fromMs(s.optInt64(4));
            out << c;
        }
        return out;
    });
}

} // namespace patron
