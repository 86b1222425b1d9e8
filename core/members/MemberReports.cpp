#include "members/MemberReports.h"

#include "common/Clock.h"
#include "store/Database.h"

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
        // leap years. The IN list is at most 367 numbers, looked up through the index.
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
        const QByteArray condition = "status = 'active' AND birth_mmdd IN (" + list.join(u',').toLatin1() + ")";
        QList<BirthdayEntry> out;
        for (const Member& m : m_members.where(condition.constData(), {}, 1000000)) {
            QDate next = birthdayIn(m.birthday, today.year());
            if (next < today)
                next = birthdayIn(m.birthday, today.year() + 1);
            out.append({m, next, int(today.daysTo(next))});
        }
        std::sort(out.begin(), out.end(), [](const BirthdayEntry& a, const BirthdayEntry& b) {
            return a.inDays != b.inDays ? a.inDays < b.inDays : a.member.id < b.member.id;
        });
        if (out.size() > limit)
            out.resize(limit);
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
        Statement s = m_db.prepare(
            "SELECT tier_code, count(*) FROM members WHERE status = 'active' AND merged_into IS NULL"
            " GROUP BY tier_code ORDER BY tier_code");
        while (s.step())
            out.append({s.text(0), s.int64(1)});
        return out;
    });
}

Result<QList<CountRow>> MemberReports::growthByMonth() const
{
    return guarded([&] {
        // The till's current UTC offset turns the stored instants into local months. A merged-away
        // record is a duplicate of its survivor, not a member who joined.
        const qint64 offset = m_clock.now().offsetFromUtc();
        QList<CountRow> out;
        Statement s = m_db.prepare(
            "SELECT strftime('%Y-%m', joined_ms / 1000 + ?, 'unixepoch') AS month, count(*) FROM members"
            " WHERE merged_into IS NULL GROUP BY month ORDER BY month");
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
