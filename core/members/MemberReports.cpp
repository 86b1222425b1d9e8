#include "members/MemberReports.h"

#include "common/Clock.h"
#include "members/MemberReportsSchema.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace patron {

namespace {
QDate birthdayIn(const QDate& birthday, int year)
{
    if (birthday.month() == 2 && birthday.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, birthday.month(), birthday.day());
}
} // namespace

Result<QList<BirthdayEntry>> MemberReports::birthdays(int days, int limit) const
{
    return guarded([&]() -> Result<QList<BirthdayEntry>> {
        const QDate today = m_clock.now().date();
        const int span = std::clamp(days, 0, 366);
        // The month-day keys of the coming days; 28 February also brings 29 February outside
        // leap years. The IN list is at most 367 numbers, each a seek in members_birth_status.
        QSet<qint64> keys;
        for (int i = 0; i <= span; ++i) {
            const QDate d = today.addDays(i);
            keys.insert(d.month() * 100 + d.day());
            if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
                keys.insert(229);
        }
        QStringList list;
        for (qint64 k : keys)
            list << QString::number(k);
        // First only ids and month-days, from the index (tens of thousands of members at a
        // million); the wide rows are read for the `limit` soonest only.
        struct Due {
            qint64 id;
            QDate next;
        };
        QList<Due> due;
        const QByteArray sql = "SELECT id, birth_mmdd FROM members WHERE status = 'active' AND birth_mmdd IN ("
            + list.join(u',').toLatin1() + ")";
        Statement s = m_db.prepare(sql.constData());
        while (s.step()) {
            const QDate birthday(2000, int(s.int64(1) / 100), int(s.int64(1) % 100));  // a leap year: 29 Feb exists
            if (!birthday.isValid())
                continue;
            QDate next = birthdayIn(birthday, today.year());
            if (next < today)
                next = birthdayIn(birthday, today.year() + 1);
            due.append({s.int64(0), next});
        }
        std::sort(due.begin(), due.end(),
                  [](const Due& a, const Due& b) { return a.next != b.next ? a.next < b.next : a.id < b.id; });
        if (due.size() > limit)
            due.resize(limit);
        // The rows themselves (as stored: a merged member is not swapped for its survivor), a few
        // hundred ids per statement.
        QHash<qint64, Member> rows;
        constexpr qsizetype kChunk = 500;
        for (qsizetype first = 0; first < due.size(); first += kChunk) {
            QByteArray ids;
            for (qsizetype i = first; i < std::min(due.size(), first + kChunk); ++i)
                ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(due[i].id);
            for (Member& m : m_members.where(QByteArray("id IN (" + ids + ")").constData(), {}, int(kChunk)))
                rows.insert(m.id, std::move(m));
        }
        QList<BirthdayEntry> out;
        out.reserve(due.size());
        for (const Due& d : due)
            if (auto it = rows.constFind(d.id); it != rows.constEnd())
                out.append({*it, d.next, int(today.daysTo(d.next))});
        return out;
    });
}

Result<QList<Member>> MemberReports::dormant(int days, int limit) const
{
    return guarded([&] {
        const qint64 cutoff = m_clock.now().addDays(-days).toMSecsSinceEpoch();
        // The cutoff is a number we computed, written into the SQL: a bound text would compare
        // as text against the untyped coalesce(...).
        const QByteArray condition = "status = 'active' AND merged_into IS NULL AND coalesce(last_visit_ms, joined_ms) < "
            + QByteArray::number(cutoff) + " ORDER BY id";
        return m_members.where(condition.constData(), {}, limit);
    });
}

Result<QList<CountRow>> MemberReports::tierDistribution() const
{
    return guarded([&] {
        QList<CountRow> out;
        // member_totals (schema step 13) is kept by triggers on members: no pass over them.
        Statement s = m_db.prepare(
            "SELECT tier_code, active_members FROM member_totals WHERE active_members > 0 ORDER BY tier_code");
        while (s.step())
            out.append({s.text(0), s.int64(1)});
        return out;
    });
}

Result<QList<CountRow>> MemberReports::growthByMonth() const
{
    return guarded([&] {
        // The till's current UTC offset turns the stored instants into local months. The joins
        // are counted per quarter hour (member_joins, schema step 13), which lies inside one
        // local month for every offset in use; an offset that is not whole quarter hours (none
        // is today) counts the members themselves. Members pulled from head office joined
        // elsewhere (schema step 19): the growth is this till's registrations.
        const qint64 offset = m_clock.now().offsetFromUtc();
        QList<CountRow> out;
        Statement s = m_db.prepare(
            offset % kMemberJoinBucketSecs == 0
                ? "SELECT strftime('%Y-%m', bucket * 900 + ?, 'unixepoch') AS month, sum(members) FROM member_joins"
                  " GROUP BY month HAVING sum(members) > 0 ORDER BY month"
                : "SELECT strftime('%Y-%m', joined_ms / 1000 + ?, 'unixepoch') AS month, count(*) FROM members"
                  " WHERE merged_into IS NULL AND pulled = 0 GROUP BY month ORDER BY month");
        s.bind(1, offset);
        while (s.step())
            out.append({s.text(0), s.int64(1)});
        return out;
    });
}

Result<QList<Member>> MemberReports::campaignAudience(CampaignChannel channel, int limit) const
{
    return guarded([&] {
        return channel == CampaignChannel::Sms
            ? m_members.where("status = 'active' AND consent_sms = 1 AND mobile IS NOT NULL ORDER BY id", {}, limit)
            : m_members.where("status = 'active' AND consent_email = 1 AND email <> '' ORDER BY id", {}, limit);
    });
}

} // namespace patron
