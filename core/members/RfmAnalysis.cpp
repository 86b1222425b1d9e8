#include "members/RfmAnalysis.h"

#include "common/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// Average rounded up, so "at least the average" is high: a member exactly at the mean counts
// as high, one below it as low.
qint64 ceilAverage(qint64 sum, qint64 n) { return n == 0 ? 0 : (sum + n - 1) / n; }
} // namespace

QString rfmSegmentCode(RfmSegment s)
{
    switch (s) {
    case RfmSegment::ImportantValue: return QStringLiteral("important_value");
    case RfmSegment::ImportantRecall: return QStringLiteral("important_recall");
    case RfmSegment::ImportantDevelop: return QStringLiteral("important_develop");
    case RfmSegment::ImportantRetain: return QStringLiteral("important_retain");
    case RfmSegment::Potential: return QStringLiteral("potential");
    case RfmSegment::New: return QStringLiteral("new");
    case RfmSegment::Maintain: return QStringLiteral("maintain");
    case RfmSegment::Lost: return QStringLiteral("lost");
    }
    return {};
}

QString rfmSegmentName(RfmSegment s)
{
    switch (s) {
    case RfmSegment::ImportantValue: return MembersTr::tr("Important value");
    case RfmSegment::ImportantRecall: return MembersTr::tr("Important to win back");
    case RfmSegment::ImportantDevelop: return MembersTr::tr("Important to develop");
    case RfmSegment::ImportantRetain: return MembersTr::tr("Important to retain");
    case RfmSegment::Potential: return MembersTr::tr("Potential");
    case RfmSegment::New: return MembersTr::tr("New");
    case RfmSegment::Maintain: return MembersTr::tr("Maintain");
    case RfmSegment::Lost: return MembersTr::tr("Lost");
    }
    return {};
}

bool parseRfmSegment(const QString& text, RfmSegment* segment)
{
    static const QStringList chinese = {QStringLiteral("重要价值"), QStringLiteral("重要唤回"), QStringLiteral("重要深耕"),
                                        QStringLiteral("重要挽留"), QStringLiteral("潜力"), QStringLiteral("新客户"),
                                        QStringLiteral("一般维持"), QStringLiteral("流失")};
    for (int i = 0; i < kRfmSegmentCount; ++i) {
        const auto s = RfmSegment(i);
        if (text == rfmSegmentCode(s) || text == chinese[i]) {
            *segment = s;
            return true;
        }
    }
    return false;
}

RfmSegment rfmSegmentFor(bool r, bool f, bool m)
{
    if (r && f && m) return RfmSegment::ImportantValue;
    if (!r && f && m) return RfmSegment::ImportantRecall;
    if (r && !f && m) return RfmSegment::ImportantDevelop;
    if (!r && !f && m) return RfmSegment::ImportantRetain;
    if (r && f && !m) return RfmSegment::Potential;
    if (r && !f && !m) return RfmSegment::New;
    if (!r && f && !m) return RfmSegment::Maintain;
    return RfmSegment::Lost;
}

QJsonObject RfmResult::toJson() const
{
    QJsonArray segments;
    for (int i = 0; i < kRfmSegmentCount; ++i)
        segments.append(QJsonObject{{QStringLiteral("segment"), rfmSegmentCode(RfmSegment(i))},
                                    {QStringLiteral("name"), rfmSegmentName(RfmSegment(i))},
                                    {QStringLiteral("count"), counts[i]}});
    QJsonArray ids;
    for (qint64 id : members)
        ids.append(id);
    return {{QStringLiteral("analysed"), analysed},
            {QStringLiteral("recency_threshold_days"), recencyThresholdDays},
            {QStringLiteral("frequency_threshold"), frequencyThreshold},
            {QStringLiteral("monetary_threshold_minor"), monetaryThresholdMinor},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("members"), ids}};
}

Result<RfmResult> RfmAnalysis::run(const RfmOptions& options) const
{
    return guarded([&]() -> Result<RfmResult> {
        const QDateTime now = m_clock.now();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        struct Row {
            qint64 id, recencyDays, visits, spend;
        };
        std::vector<Row> rows;
        Statement s = options.windowDays > 0
            ? m_db.prepare("SELECT m.id, m.last_visit_ms, sum(d.visits), sum(d.spend_minor) FROM member_activity_days d"
                           " JOIN members m ON m.id = d.member_id WHERE d.day > ? AND m.status = 'active'"
                           " GROUP BY d.member_id HAVING sum(d.visits) > 0")
            : m_db.prepare("SELECT id, last_visit_ms, visits, spend_minor FROM members"
                           " WHERE status = 'active' AND visits > 0");
        if (options.windowDays > 0)
            s.bind(1, now.date().addDays(-options.windowDays).toString(Qt::ISODate));
        qint64 sumR = 0, sumF = 0, sumM = 0;
        while (s.step()) {
            const Row r{s.int64(0), std::max<qint64>(0, (nowMs - s.int64(1)) / kDayMs), s.int64(2), s.int64(3)};
            sumR += r.recencyDays;
            sumF += r.visits;
            sumM += r.spend;
            rows.push_back(r);
        }
        RfmResult out;
        out.analysed = qint64(rows.size());
        // R is high when the last visit is at most the average number of days ago (rounded down).
        out.recencyThresholdDays = options.recencyDays.value_or(rows.empty() ? 0 : sumR / out.analysed);
        out.frequencyThreshold = options.frequency.value_or(ceilAverage(sumF, out.analysed));
        out.monetaryThresholdMinor = options.monetaryMinor.value_or(ceilAverage(sumM, out.analysed));
        for (const Row& r : rows) {
            const RfmSegment seg = rfmSegmentFor(r.recencyDays <= out.recencyThresholdDays,
                                                 r.visits >= out.frequencyThreshold,
                                                 r.spend >= out.monetaryThresholdMinor);
            ++out.counts[int(seg)];
            if (options.listSegment && *options.listSegment == seg)
                out.members << r.id;
        }
        return out;
    });
}

} // namespace patron
