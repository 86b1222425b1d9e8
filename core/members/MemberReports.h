#pragma once
// Member lists and counts for the manager: upcoming birthdays (across the year end), dormant
// members, the tier distribution, growth by month, and the consenting audience of a campaign.

#include "common/Result.h"
#include "members/Member.h"
#include "members/MemberRepository.h"

#include <QList>

namespace patron {

class Clock;
class Database;

struct BirthdayEntry {
    Member member;
    QDate nextBirthday;
    int inDays = 0;
};

struct CountRow {
    QString key;  // tier code or month "2026-03"
    qint64 count = 0;
};

enum class CampaignChannel { Sms, Email };

class MemberReports {
public:
    MemberReports(Database& db, const Clock& clock) : m_db(db), m_clock(clock), m_members(db, clock) {}

    // Birthdays from today through the next `days` days, soonest first. 29 February birthdays
    // are celebrated on 28 February in other years.
    Result<QList<BirthdayEntry>> birthdays(int days, int limit = 10000) const;
    // Members with no visit in `days` days (never-visiting members count from their join date).
    Result<QList<Member>> dormant(int days, int limit = 10000) const;
    Result<QList<CountRow>> tierDistribution() const;
    // New members per month (local time), oldest first.
    Result<QList<CountRow>> growthByMonth() const;
    // Only members who consented to the channel and can be reached on it.
    Result<QList<Member>> campaignAudience(CampaignChannel channel, int limit = 1000000) const;

private:
    Database& m_db;
    const Clock& m_clock;
    MemberRepository m_members;
};

} // namespace patron
