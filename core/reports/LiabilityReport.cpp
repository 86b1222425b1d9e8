#include "reports/LiabilityReport.h"

#include "common/Clock.h"
#include "reports/SalesTotals.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace patron {

struct LiabilityTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Reports)
};

namespace {

// SELECT sum(CASE WHEN created_ms < ?n THEN col END) for each bound and column, so one scan of
// the ledger gives every month end (the ledgers have no index on time, and need none for this).
QByteArray cumulativeSql(const char* table, const QList<const char*>& columns, qsizetype bounds)
{
    QByteArray sql("SELECT ");
    int param = 1;
    for (qsizetype b = 0; b < bounds; ++b, ++param)
        for (const char* col : columns) {
            if (sql.size() > 7)
                sql += ", ";
            sql += "coalesce(sum(CASE WHEN created_ms < ?" + QByteArray::number(param) + " THEN " + col + " END), 0)";
        }
    sql += " FROM ";
    sql += table;
    return sql;
}

} // namespace

QJsonObject LiabilityPoint::toJson() const
{
    return QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                       {QStringLiteral("principal_minor"), principalMinor},
                       {QStringLiteral("bonus_minor"), bonusMinor},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("points_value_minor"), pointsValueMinor},
                       {QStringLiteral("total_minor"), totalMinor()}};
}

qint64 LiabilityReport::pointsValue(qint64 points) const
{
    // Points are redeemed in whole fen: value = points × 100 / rate, rounded half up.
    return m_pointsPerYuan > 0 ? roundedDiv(points * 100, m_pointsPerYuan) : 0;
}

Result<LiabilityPoint> LiabilityReport::current() const
{
    return guarded([&] {
        // member_totals is kept by triggers on members (schema step 13): one row per tier.
        Statement s = m_db.prepare(
            "SELECT coalesce(sum(principal_minor), 0), coalesce(sum(bonus_minor), 0), coalesce(sum(points), 0)"
            " FROM member_totals");
        s.step();
        LiabilityPoint p;
        p.asOf = m_clock.now().date();
        p.principalMinor = s.int64(0);
        p.bonusMinor = s.int64(1);
        p.points = s.int64(2);
        p.pointsValueMinor = pointsValue(p.points);
        return p;
    });
}

Result<QList<LiabilityPoint>> LiabilityReport::monthEnds(const QDate& firstMonth, const QDate& lastMonth) const
{
    const QDate first(firstMonth.year(), firstMonth.month(), 1);
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    if (!first.isValid() || !last.isValid() || first > last)
        return makeError(ErrorCode::InvalidInput, LiabilityTr::tr("The first month must not be after the last month."));
    const QDateTime now = m_clock.now();
    const QTimeZone zone = now.timeZone();
    QList<LiabilityPoint> out;
    QList<qint64> bounds;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        if (out.size() >= kMaxMonths)
            return makeError(ErrorCode::InvalidInput, LiabilityTr::tr("At most %1 months can be shown at once.").arg(kMaxMonths));
        const QDate next = m.addMonths(1);
        const qint64 end = QDateTime(next, QTime(0, 0), zone).toMSecsSinceEpoch();
        LiabilityPoint p;
        p.asOf = end > now.toMSecsSinceEpoch() ? now.date() : next.addDays(-1);
        out.append(p);
        bounds.append(std::min(end, now.toMSecsSinceEpoch() + 1));
    }
    return guarded([&] {
        Statement w = m_db.prepare(cumulativeSql("wallet_entries", {"principal_minor", "bonus_minor"}, bounds.size()).constData());
        Statement pt = m_db.prepare(cumulativeSql("points_entries", {"amount"}, bounds.size()).constData());
        for (qsizetype i = 0; i < bounds.size(); ++i) {
            w.bind(int(i + 1), bounds[i]);
            pt.bind(int(i + 1), bounds[i]);
        }
        w.step();
        pt.step();
        for (qsizetype i = 0; i < out.size(); ++i) {
            out[i].principalMinor = w.int64(int(2 * i));
            out[i].bonusMinor = w.int64(int(2 * i + 1));
            out[i].points = pt.int64(int(i));
            out[i].pointsValueMinor = pointsValue(out[i].points);
        }
        return out;
    });
}

} // namespace patron
