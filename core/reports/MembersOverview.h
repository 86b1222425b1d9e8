#pragma once
// The members side of the back office's reports: growth by month, the tier distribution with
// each tier's share of members' spend, the RFM pyramid (eight segments) with the members of one
// segment, upcoming birthdays, dormant members and the repeat rate. It reuses the members
// engine's MemberReports and RfmAnalysis (built here on the caller's reader connection) and the
// per-member counters the checkout keeps; nothing here scans sales.

#include "common/Result.h"
#include "members/LoyaltyRules.h"
#include "members/MemberReports.h"
#include "members/RfmAnalysis.h"

namespace patron {

struct TierShare {
    QString code;
    QString name;  // from the loyalty rules; the code when the tier is no longer in them
    qint64 members = 0;
    qint64 spendMinor = 0;  // members' lifetime spend counters
    qint64 memberShareBp = 0;
    qint64 spendShareBp = 0;
};

struct RepeatRate {
    qint64 buyers = 0;     // members with at least one visit
    qint64 repeaters = 0;  // members with two or more
    qint64 rateBp() const;
};

struct RfmDrillDown {
    RfmResult result;
    QList<Member> members;  // of the asked segment, by id, at most `limit`
};

class MembersOverview {
public:
    MembersOverview(Database& db, const Clock& clock, QList<TierRule> tiers)
        : m_db(db), m_reports(db, clock), m_rfm(db, clock), m_members(db, clock), m_tiers(std::move(tiers)) {}

    Result<QList<CountRow>> growthByMonth() const { return m_reports.growthByMonth(); }
    // Tiers in rank order (tiers of the rules first, then any other codes found), active members.
    Result<QList<TierShare>> tiers() const;
    Result<RfmResult> rfm() const;
    Result<RfmDrillDown> rfmSegment(RfmSegment segment, int limit = 500) const;
    Result<QList<BirthdayEntry>> birthdays(int days) const { return m_reports.birthdays(days); }
    Result<QList<Member>> dormant(int days) const { return m_reports.dormant(days); }
    Result<RepeatRate> repeatRate() const;

private:
    Database& m_db;
    MemberReports m_reports;
    RfmAnalysis m_rfm;
    MemberRepository m_members;
    QList<TierRule> m_tiers;
};

} // namespace patron
