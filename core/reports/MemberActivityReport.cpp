#include "reports/MemberActivityReport.h"

#include "common/Clock.h"
#include "sales/SalesSettings.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace patron {

struct MemberActivityTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Reports)
};

namespace {

constexpr qint64 kJoinBucketMs = 900'000;  // member_joins counts per quarter hour

// The smallest v7 UUID of a millisecond: 48-bit big-endian time, then zeros. Uuid::v7 never
// goes back in time (after the clock is set back, or after thousands of UUIDs in one ms, it
// carries a later time than the entry's created_ms, never an earlier one), so every entry made
// at or after `start` has a UUID at or above this bound. There is no sound upper bound for the
// same reason: the rows are read from the bound up and placed by their created_ms, so a day far
// in the past reads the entries made since then.
QByteArray uuidFloor(qint64 unixMs)
{
    QByteArray b(16, '\0');
    for (int i = 0; i < 6; ++i)
        b[i] = char((unixMs >> (8 * (5 - i))) & 0xFF);
    return b;
}

// Day boundaries: bounds[i] is the start of the range's i-th business day, the last one the
// end of the range.
class Days {
public:
    explicit Days(QList<qint64> bounds) : m_bounds(std::move(bounds)) {}
    qint64 first() const { return m_bounds.front(); }
    qint64 end() const { return m_bounds.back(); }
    // The day an instant falls in, or -1 outside the range.
    qsizetype indexOf(qint64 ms) const
    {
        const auto it = std::upper_bound(m_bounds.cbegin(), m_bounds.cend(), ms);
        const qsizetype i = (it - m_bounds.cbegin()) - 1;
        return i >= 0 && i < m_bounds.size() - 1 ? i : -1;
    }
    bool onQuarterHours() const
    {
        return std::all_of(m_bounds.cbegin(), m_bounds.cend(), [](qint64 b) { return b % kJoinBucketMs == 0; });
    }

private:
    QList<qint64> m_bounds;
};

void countJoins(Database& db, const Days& days, QList<DayActivity>& out)
{
    if (days.onQuarterHours()) {
        Statement s = db.prepare("SELECT bucket, members FROM member_joins WHERE bucket >= ? AND bucket < ?");
        s.bindAll(days.first() / kJoinBucketMs, days.end() / kJoinBucketMs);
        while (s.step())
            if (const qsizetype i = days.indexOf(s.int64(0) * kJoinBucketMs); i >= 0)
                out[i].figures.newMembers += s.int64(1);
        return;
    }
    // A zone whose day does not start on a quarter hour: the members themselves, by the
    // members_joined index.
    Statement s = db.prepare("SELECT joined_ms FROM members WHERE joined_ms >= ? AND joined_ms < ? AND merged_into IS NULL"
                             " AND pulled = 0");
    s.bindAll(days.first(), days.end());
    while (s.step())
        if (const qsizetype i = days.indexOf(s.int64(0)); i >= 0)
            ++out[i].figures.newMembers;
}

void addTopUps(Database& db, const Days& days, QList<DayActivity>& out)
{
    Statement s = db.prepare("SELECT created_ms, principal_minor, bonus_minor FROM wallet_entries"
                             " WHERE uuid >= ? AND kind = 'topup' AND pulled = 0");
    s.bindAll(uuidFloor(days.first()));
    while (s.step()) {
        const qsizetype i = days.indexOf(s.int64(0));
        if (i < 0)
            continue;
        MemberFigures& a = out[i].figures;
        ++a.topUps;
        a.topUpPrincipalMinor += s.int64(1);
        a.topUpBonusMinor += s.int64(2);
    }
}

void addPoints(Database& db, const Days& days, QList<DayActivity>& out)
{
    Statement s = db.prepare("SELECT created_ms, kind, amount, coalesce(reverses, '') FROM points_entries"
                             " WHERE uuid >= ? AND kind <> 'expire' AND pulled = 0");
    s.bindAll(uuidFloor(days.first()));
    while (s.step()) {
        const qsizetype i = days.indexOf(s.int64(0));
        if (i < 0)
            continue;
        MemberFigures& a = out[i].figures;
        const QString kind = s.text(1);
        const qint64 amount = s.int64(2);
        if (kind == u"earn" || (kind == u"adjust" && amount > 0))
            a.pointsIssued += amount;
        else if (kind == u"redeem")
            a.pointsRedeemed -= amount;  // stored negative
        else if (kind == u"reverse" && s.text(3) == u"earn")
            a.pointsIssued += amount;  // negative: a return took earned points back
        else if (kind == u"reverse" && s.text(3) == u"redeem")
            a.pointsRedeemed -= amount;  // positive: a return gave spent points back
    }
}

} // namespace

MemberFigures& MemberFigures::operator+=(const MemberFigures& o)
{
    newMembers += o.newMembers;
    topUps += o.topUps;
    topUpPrincipalMinor += o.topUpPrincipalMinor;
    topUpBonusMinor += o.topUpBonusMinor;
    pointsIssued += o.pointsIssued;
    pointsRedeemed += o.pointsRedeemed;
    return *this;
}

QJsonObject MemberFigures::toJson() const
{
    return QJsonObject{{QStringLiteral("new_members"), newMembers},
                       {QStringLiteral("top_ups"), topUps},
                       {QStringLiteral("top_up_principal_minor"), topUpPrincipalMinor},
                       {QStringLiteral("top_up_bonus_minor"), topUpBonusMinor},
                       {QStringLiteral("points_issued"), pointsIssued},
                       {QStringLiteral("points_redeemed"), pointsRedeemed}};
}

Result<QList<DayActivity>> MemberActivityReport::byDay(const DateRange& range) const
{
    if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
        return DateRange::make(range.from, range.to).error();  // the same translated message
    if (range.days() > kMaxDays)
        return makeError(ErrorCode::InvalidInput,
                         MemberActivityTr::tr("Member activity can be shown for at most %1 days at once.").arg(kMaxDays));
    return guarded([&] {
        const int cutoff = SalesSettings::load(StoreSettings(m_db, m_clock)).dayCutoffHour;
        const QTimeZone zone = m_clock.now().timeZone();
        QList<DayActivity> out;
        QList<qint64> bounds;
        for (QDate d = range.from; d <= range.to.addDays(1); d = d.addDays(1)) {
            bounds.append(QDateTime(d, QTime(cutoff, 0), zone).toMSecsSinceEpoch());
            if (d <= range.to)
                out.append({d, {}});
        }
        const Days days(bounds);
        countJoins(m_db, days, out);
        addTopUps(m_db, days, out);
        addPoints(m_db, days, out);
        return out;
    });
}

} // namespace patron
