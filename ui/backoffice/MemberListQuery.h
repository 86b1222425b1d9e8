#pragma once
// MemberListQuery: the members the back office lists for a search text and filters (tier, tag,
// region, birthday month, no visit for N days, RFM segment), at most `limit` of them. Without a search the
// filters run as SQL over the member table, so a million members are never read; a search goes
// through MemberService::find (mobile, last 4, card, name, initials) and is filtered the same way.
// A segment runs the RFM analysis (the reports' pyramid, lifetime counters) for its member ids,
// then reads those members newest first in chunks with the other filters.

#include "common/Result.h"
#include "members/Member.h"
#include "members/RfmAnalysis.h"

#include <QList>
#include <QSet>

#include <optional>

namespace patron {
class Clock;
class MemberRepository;
class MemberService;
}

namespace patron::ui {

struct MemberFilter {
    QString search;
    QString tierCode;      // empty: any
    QString tag;           // empty: any
    QString region;        // empty: any
    int birthdayMonth = 0; // 1-12; 0: any
    int dormantDays = 0;   // > 0: no visit (or, never visiting, no join) within that many days
    std::optional<RfmSegment> segment;  // unset: any
};

class MemberListQuery {
public:
    MemberListQuery(const MemberService& members, const MemberRepository& repository, const RfmAnalysis& rfm,
                    const Clock& clock)
        : m_members(members), m_repository(repository), m_rfm(rfm), m_clock(clock)
    {
    }

    Result<QList<Member>> run(const MemberFilter& filter, int limit) const;
    // Whether a member passes the filters (the search text aside).
    bool matches(const Member& member, const MemberFilter& filter) const;

private:
    Result<QList<Member>> inSegment(const QByteArray& condition, const QList<QString>& binds, QList<qint64> ids,
                                    int limit) const;

    const MemberService& m_members;
    const MemberRepository& m_repository;
    const RfmAnalysis& m_rfm;
    const Clock& m_clock;
};

} // namespace patron::ui
