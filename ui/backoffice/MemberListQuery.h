#pragma once
// MemberListQuery: the members the back office lists for a search text and filters (tier, tag,
// region, birthday month, no visit for N days), at most `limit` of them. Without a search the
// filters run as SQL over the member table, so a million members are never read; a search goes
// through MemberService::find (mobile, last 4, card, name, initials) and is filtered the same way.

#include "common/Result.h"
#include "members/Member.h"

#include <QList>

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
};

class MemberListQuery {
public:
    MemberListQuery(const MemberService& members, const MemberRepository& repository, const Clock& clock)
        : m_members(members), m_repository(repository), m_clock(clock)
    {
    }

    Result<QList<Member>> run(const MemberFilter& filter, int limit) const;
    // Whether a member passes the filters (the search text aside).
    bool matches(const Member& member, const MemberFilter& filter) const;

private:
    const MemberService& m_members;
    const MemberRepository& m_repository;
    const Clock& m_clock;
};

} // namespace patron::ui
