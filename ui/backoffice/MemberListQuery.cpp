#include "backoffice/MemberListQuery.h"

#include "common/Clock.h"
#include "members/MemberRepository.h"
#include "members/MemberService.h"
#include "store/Database.h"

#include <algorithm>
#include <functional>

namespace patron::ui {

bool MemberListQuery::matches(const Member& m, const MemberFilter& f) const
{
    if (!f.tierCode.isEmpty() && m.tierCode != f.tierCode)
        return false;
    if (!f.tag.isEmpty() && !m.tags.contains(f.tag))
        return false;
    if (!f.region.isEmpty() && m.region != f.region)
        return false;
    if (f.birthdayMonth > 0 && (!m.birthday.isValid() || m.birthday.month() != f.birthdayMonth))
        return false;
    if (f.dormantDays > 0) {
        // The same rule as MemberReports::dormant: a member who never came counts from joining.
        const QDateTime last = m.lastVisitAt.isValid() ? m.lastVisitAt : m.joinedAt;
        if (last >= m_clock.now().addDays(-f.dormantDays))
            return false;
    }
    return true;
}

namespace {
constexpr int kSegmentChunk = 500;  // ids written into one IN (…): well under SQLite's statement limit
} // namespace

Result<QList<Member>> MemberListQuery::run(const MemberFilter& f, int limit) const
{
    QList<qint64> segmentIds;
    if (f.segment) {
        RfmOptions options;
        options.listSegment = *f.segment;
        auto rfm = m_rfm.run(options);
        if (!rfm)
            return rfm.error();
        segmentIds = rfm->members;
    }
    if (!f.search.trimmed().isEmpty()) {
        // find() caps what it reads; filters then narrow that page.
        auto found = m_members.find(f.search, limit);
        if (!found)
            return found.error();
        const QSet<qint64> inSegment(segmentIds.cbegin(), segmentIds.cend());
        QList<Member> out;
        for (const Member& m : *found)
            if (matches(m, f) && (!f.segment || inSegment.contains(m.id)))
                out << m;
        return out;
    }
    QByteArray condition = "status = 'active' AND merged_into IS NULL";  // a merged member shows as its survivor
    QList<QString> binds;
    if (!f.tierCode.isEmpty()) {
        condition += " AND tier_code = ?";
        binds << f.tierCode;
    }
    if (!f.tag.isEmpty()) {
        // Tags are stored comma-joined; the commas around make "VIP" not match "VIP2".
        condition += " AND (',' || tags || ',') LIKE ? ESCAPE '\\'";
        QString tag = f.tag;
        tag.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        binds << QString(QStringLiteral("%,") + tag + QStringLiteral(",%"));
    }
    if (!f.region.isEmpty()) {
        condition += " AND region = ?";
        binds << f.region;
    }
    if (f.birthdayMonth >= 1 && f.birthdayMonth <= 12)
        // birth_mmdd is month * 100 + day; numbers we made, written into the SQL (a bound text
        // would compare as text against the integer column's index).
        condition += " AND birth_mmdd BETWEEN " + QByteArray::number(f.birthdayMonth * 100 + 1) + " AND "
            + QByteArray::number(f.birthdayMonth * 100 + 31);
    if (f.dormantDays > 0)
        condition += " AND coalesce(last_visit_ms, joined_ms) < "
            + QByteArray::number(m_clock.now().addDays(-f.dormantDays).toMSecsSinceEpoch());
    if (f.segment)
        return inSegment(condition, binds, std::move(segmentIds), limit);
    // Newest first: the members a manager is most likely to look for.
    condition += " ORDER BY id DESC";
    return guarded([&] { return m_repository.where(condition.constData(), binds, limit); });
}

Result<QList<Member>> MemberListQuery::inSegment(const QByteArray& condition, const QList<QString>& binds,
                                                 QList<qint64> ids, int limit) const
{
    // Newest first like the unfiltered list; a segment may hold a million ids, so they go to
    // SQL a chunk at a time until the page is full.
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return guarded([&] {
        QList<Member> out;
        for (qsizetype start = 0; start < ids.size() && out.size() < limit; start += kSegmentChunk) {
            QByteArrayList chunk;
            for (qsizetype i = start; i < std::min<qsizetype>(start + kSegmentChunk, ids.size()); ++i)
                chunk << QByteArray::number(ids[i]);  // numbers from the analysis, not typed text
            const QByteArray sql = condition + " AND id IN (" + chunk.join(',') + ") ORDER BY id DESC";
            out += m_repository.where(sql.constData(), binds, int(limit - out.size()));
        }
        return out;
    });
}

} // namespace patron::ui
