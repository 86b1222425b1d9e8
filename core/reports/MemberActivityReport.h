#pragma once
// What members did on each business day, for the dashboard: new members, top-ups (count,
// principal 本金 and bonus 赠送) and points issued and redeemed. Nothing on the checkout path
// keeps these per day, and nothing new is written there for them: new members come from the
// quarter-hour join counts (member_joins, schema step 13); the ledger figures are indexed
// ranges of the ledgers by time through their UUIDs, which are v7 (the creation time in ms is
// their first 48 bits, and each ledger already has a UNIQUE index on them). The rows from the
// first day asked for up to now are read, so the cost grows with the entries made since that
// day (the dashboard asks for the last 31 days), not with the ledger.
//
// Business days follow the sales' cut-off hour (sales.day_cutoff_hour) in the clock's zone.
// Top-ups count `topup` entries only (their refunds are not netted: the liability report has
// the balance). Points issued are points earned by sales (net of returns taking them back) and
// granted (top-up bonuses, positive adjustments); redeemed are points spent (net of returns
// giving them back). Expiry and negative adjustments are neither. Like the sales figures, all of
// these are this till's own: members and ledger entries pulled from head office (made in other
// stores or at other tills, schema step 19) are left out; the till's own entries handed back by
// a re-pull after a restore count.

#include "common/Result.h"
#include "reports/DateRange.h"

#include <QJsonObject>
#include <QList>

namespace patron {

class Clock;
class Database;

struct MemberFigures {
    qint64 newMembers = 0;
    qint64 topUps = 0;
    qint64 topUpPrincipalMinor = 0;
    qint64 topUpBonusMinor = 0;
    qint64 pointsIssued = 0;
    qint64 pointsRedeemed = 0;

    qint64 topUpMinor() const { return topUpPrincipalMinor + topUpBonusMinor; }
    MemberFigures& operator+=(const MemberFigures& o);
    QJsonObject toJson() const;
};

struct DayActivity {
    QDate day;
    MemberFigures figures;
};

class MemberActivityReport {
public:
    static constexpr int kMaxDays = 400;

    MemberActivityReport(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // One row per business day of the range, oldest first, quiet days as zeros. InvalidInput
    // (translated) for a reversed range or one longer than kMaxDays.
    Result<QList<DayActivity>> byDay(const DateRange& range) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
