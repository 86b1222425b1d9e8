#pragma once
// What the shop owes its members, for the accountant: outstanding stored value (principal 本金
// and bonus 赠送 apart) and points with their cash value at the current redemption rate. "Now"
// reads the cached balances (as WalletService::liability does); month ends are rebuilt from the
// ledgers' entry times, so a past month shows what was owed at its last moment (local time).

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace patron {

class Clock;
class Database;

struct LiabilityPoint {
    QDate asOf;  // the day whose end the figures are for
    qint64 principalMinor = 0;
    qint64 bonusMinor = 0;
    qint64 points = 0;
    qint64 pointsValueMinor = 0;
    qint64 storedValueMinor() const { return principalMinor + bonusMinor; }
    qint64 totalMinor() const { return principalMinor + bonusMinor + pointsValueMinor; }
    QJsonObject toJson() const;
};

class LiabilityReport {
public:
    static constexpr int kMaxMonths = 120;

    // `redeemPointsPerYuan`: the rules' rate (100 points = ￥1 by default).
    LiabilityReport(Database& db, const Clock& clock, qint64 redeemPointsPerYuan)
        : m_db(db), m_clock(clock), m_pointsPerYuan(redeemPointsPerYuan) {}

    Result<LiabilityPoint> current() const;
    // One point per month end from `firstMonth` through `lastMonth` (any day of each month);
    // the current month ends today. One pass over each ledger. InvalidInput for a reversed
    // range or more than kMaxMonths months.
    Result<QList<LiabilityPoint>> monthEnds(const QDate& firstMonth, const QDate& lastMonth) const;

private:
    qint64 pointsValue(qint64 points) const;
    Database& m_db;
    const Clock& m_clock;
    qint64 m_pointsPerYuan;
};

} // namespace patron
