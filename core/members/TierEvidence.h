#pragma once
// What a member did in a tier's window (spend, points earned, the largest top-up), each read
// only when asked and once per window: a tier with only a spend threshold costs one indexed sum,
// and tiers sharing a window share it. Reads inside the caller's unit of work, so a purchase
// written earlier in the same transaction counts.

#include <QDateTime>
#include <QHash>

namespace patron {

class Database;

class TierEvidence {
public:
    TierEvidence(Database& db, qint64 memberId, const QDateTime& now) : m_db(db), m_memberId(memberId), m_now(now) {}

    qint64 spendMinor(int windowDays);
    qint64 pointsEarned(int windowDays);
    qint64 largestTopUpMinor(int windowDays);

private:
    QDateTime windowStart(int windowDays) const { return m_now.addDays(-windowDays); }

    Database& m_db;
    qint64 m_memberId = 0;
    QDateTime m_now;
    QHash<int, qint64> m_spend, m_points, m_topUp;  // by window length in days
};

} // namespace patron
