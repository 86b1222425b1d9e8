#include "members/TierEvidence.h"

#include "store/Database.h"

namespace patron {

qint64 TierEvidence::spendMinor(int windowDays)
{
    if (auto it = m_spend.constFind(windowDays); it != m_spend.cend())
        return *it;
    // Days after the window's first day, so a 365-day window is 365 local days including today.
    Statement s = m_db.cached("SELECT coalesce(sum(spend_minor), 0) FROM member_activity_days WHERE member_id = ? AND day > ?");
    s.bindAll(m_memberId, windowStart(windowDays).date().toString(Qt::ISODate));
    const qint64 v = s.step() ? s.int64(0) : 0;
    m_spend.insert(windowDays, v);
    return v;
}

qint64 TierEvidence::pointsEarned(int windowDays)
{
    if (auto it = m_points.constFind(windowDays); it != m_points.cend())
        return *it;
    Statement s = m_db.cached("SELECT coalesce(sum(amount), 0) FROM points_entries"
                              " WHERE member_id = ? AND kind = 'earn' AND created_ms > ?");
    s.bindAll(m_memberId, windowStart(windowDays).toMSecsSinceEpoch());
    const qint64 v = s.step() ? s.int64(0) : 0;
    m_points.insert(windowDays, v);
    return v;
}

qint64 TierEvidence::largestTopUpMinor(int windowDays)
{
    if (auto it = m_topUp.constFind(windowDays); it != m_topUp.cend())
        return *it;
    // A top-up that was refunded does not count.
    Statement s = m_db.cached(
        "SELECT coalesce(max(w.principal_minor), 0) FROM wallet_entries w WHERE w.member_id = ? AND w.kind = 'topup'"
        " AND w.created_ms > ? AND NOT EXISTS (SELECT 1 FROM wallet_entries r WHERE r.source_id = w.id)");
    s.bindAll(m_memberId, windowStart(windowDays).toMSecsSinceEpoch());
    const qint64 v = s.step() ? s.int64(0) : 0;
    m_topUp.insert(windowDays, v);
    return v;
}

} // namespace patron
