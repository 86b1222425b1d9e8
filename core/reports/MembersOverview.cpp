#include "reports/MembersOverview.h"

#include "reports/SalesTotals.h"
#include "store/Database.h"

#include <algorithm>

namespace patron {

qint64 RepeatRate::rateBp() const { return roundedDiv(repeaters * 10000, buyers); }

Result<QList<TierShare>> MembersOverview::tiers() const
{
    return guarded([&] {
        QList<TierRule> ordered = m_tiers;
        std::stable_sort(ordered.begin(), ordered.end(), [](const TierRule& a, const TierRule& b) { return a.rank < b.rank; });
        QList<TierShare> out;
        for (const TierRule& t : ordered)
            out.append({t.code, t.name, 0, 0, 0, 0});
        // Kept by triggers on members (member_totals, schema step 13): a few rows, not a million.
        Statement s = m_db.prepare("SELECT tier_code, active_members, active_spend_minor FROM member_totals"
                                   " WHERE active_members > 0 ORDER BY tier_code");
        qint64 members = 0, spend = 0;
        while (s.step()) {
            const QString code = s.text(0);
            auto it = std::find_if(out.begin(), out.end(), [&](const TierShare& t) { return t.code == code; });
            if (it == out.end())
                it = out.insert(out.end(), TierShare{code, code, 0, 0, 0, 0});
            it->members = s.int64(1);
            it->spendMinor = s.int64(2);
            members += it->members;
            spend += it->spendMinor;
        }
        for (TierShare& t : out) {
            t.memberShareBp = roundedDiv(t.members * 10000, members);
            t.spendShareBp = roundedDiv(t.spendMinor * 10000, spend);
        }
        return out;
    });
}

Result<RfmResult> MembersOverview::rfm() const { return m_rfm.run(RfmOptions()); }

Result<RfmDrillDown> MembersOverview::rfmSegment(RfmSegment segment, int limit) const
{
    RfmOptions options;
    options.listSegment = segment;
    auto result = m_rfm.run(options);
    if (!result)
        return result.error();
    return guarded([&] {
        RfmDrillDown d{*result, {}};
        for (qint64 id : d.result.members) {
            if (d.members.size() >= limit)
                break;
            if (auto m = m_members.byId(id))
                d.members.append(*m);
        }
        return d;
    });
}

Result<RepeatRate> MembersOverview::repeatRate() const
{
    return guarded([&] {
        // members_rfm_by_id (step 25) covers (id, status, visits, …): no wide rows read.
        Statement s = m_db.prepare("SELECT coalesce(sum(visits >= 1), 0), coalesce(sum(visits >= 2), 0) FROM members"
                                   " WHERE status = 'active' AND visits >= 1");
        s.step();
        return RepeatRate{s.int64(0), s.int64(1)};
    });
}

} // namespace patron
