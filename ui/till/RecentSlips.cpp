#include "till/RecentSlips.h"

#include "members/MembersModule.h"
#include "sales/ReceiptBuilder.h"
#include "shell/TillSession.h"
#include "store/Database.h"

#include <QTimeZone>

namespace patron::ui {

Result<QList<RecentSlip>> recentSlips(Database& db, int limit)
{
    return guarded([&] {
        QList<RecentSlip> out;
        // Both ledgers are append-only; created_ms orders them against each other.
        Statement q = db.prepare(
            "SELECT kind, id, created_ms, mobile, amount FROM ("
            " SELECT 0 AS kind, w.id AS id, w.created_ms AS created_ms, coalesce(m.mobile, '') AS mobile,"
            "  w.principal_minor AS amount FROM wallet_entries w JOIN members m ON m.id = w.member_id"
            "  WHERE w.kind = 'topup'"
            " UNION ALL"
            " SELECT 1, p.id, p.created_ms, coalesce(m.mobile, ''), -p.amount FROM points_entries p"
            "  JOIN members m ON m.id = p.member_id WHERE p.kind = 'redeem' AND substr(p.reason, 1, 5) = 'gift:'"
            ") ORDER BY created_ms DESC, id DESC LIMIT ?");
        q.bind(1, limit);
        while (q.step())
            out.append({q.int64(0) == 0 ? RecentSlip::Kind::TopUp : RecentSlip::Kind::Gift, q.int64(1),
                        QDateTime::fromMSecsSinceEpoch(q.int64(2), QTimeZone::utc()), maskMobile(q.text(3)),
                        q.int64(4)});
        return out;
    });
}

namespace {
// The member's tier as the rule book names it today (the ledger does not keep the tier then).
QString tierName(TillSession& session, qint64 memberId)
{
    auto member = session.members().members().byId(memberId);
    if (!member)
        return {};
    const TierRule* tier = session.members().rules().current().tier(member->tierCode);
    return tier ? tier->name : QString();
}
} // namespace

Result<ReceiptDocument> slipCopy(TillSession& session, const RecentSlip& slip)
{
    Database& db = session.store().db();
    ReceiptDocument doc;
    if (slip.kind == RecentSlip::Kind::TopUp) {
        auto facts = storedTopUpFacts(db, slip.entryId);
        if (!facts)
            return facts.error();
        facts->tier = tierName(session, facts->memberId);
        facts->at = facts->at.toTimeZone(session.clock().now().timeZone());  // as the original printed it
        doc = buildTopUpReceipt(db, session.clock(), session.store().identity(), *facts);
    } else {
        auto facts = storedGiftRedemptionFacts(db, slip.entryId);
        if (!facts)
            return facts.error();
        facts->tier = tierName(session, facts->memberId);
        facts->at = facts->at.toTimeZone(session.clock().now().timeZone());
        if (const GiftRule* gift = session.members().rules().current().gift(facts->giftName))
            facts->giftName = gift->name;
        doc = buildGiftRedemptionReceipt(db, session.clock(), session.store().identity(), *facts);
    }
    doc.copy = true;
    return doc;
}

} // namespace patron::ui
