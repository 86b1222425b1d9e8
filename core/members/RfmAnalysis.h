#pragma once
// RFM (seed 004): each member who bought is high or low on Recency (days since the last visit;
// fewer is high), Frequency (visits) and Monetary (spend), against thresholds that default to
// the averages. The three flags give eight segments. One pass over the members table (its
// counters are kept by checkout), then the classification in memory.

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace patron {

class Clock;
class Database;

enum class RfmSegment {
    ImportantValue,      // 重要价值: R F M high
    ImportantRecall,     // 重要唤回: F M high, R low
    ImportantDevelop,    // 重要深耕: R M high, F low
    ImportantRetain,     // 重要挽留: M high only
    Potential,           // 潜力: R F high, M low
    New,                 // 新客户: R high only
    Maintain,            // 一般维持: F high only
    Lost,                // 流失: all low
};
constexpr int kRfmSegmentCount = 8;

QString rfmSegmentCode(RfmSegment s);  // stable: important_value, …
QString rfmSegmentName(RfmSegment s);  // translated
bool parseRfmSegment(const QString& text, RfmSegment* segment);  // code or Chinese name
RfmSegment rfmSegmentFor(bool r, bool f, bool m);

struct RfmOptions {
    // 0: lifetime counters kept on the member (fast). N: visits and spend of the last N days
    // from the per-day activity table (exact for the window; members without activity in it
    // are left out).
    int windowDays = 0;
    std::optional<qint64> recencyDays;   // R high when the last visit is at most this many days ago
    std::optional<qint64> frequency;     // F high when visits >= this
    std::optional<qint64> monetaryMinor; // M high when spend >= this
    std::optional<RfmSegment> listSegment;  // also return the members of this segment
};

struct RfmResult {
    qint64 analysed = 0;            // members with at least one visit
    qint64 recencyThresholdDays = 0;
    qint64 frequencyThreshold = 0;
    qint64 monetaryThresholdMinor = 0;
    std::array<qint64, kRfmSegmentCount> counts{};
    QList<qint64> members;          // of options.listSegment, by id
    QJsonObject toJson() const;
};

class RfmAnalysis {
public:
    RfmAnalysis(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}
    Result<RfmResult> run(const RfmOptions& options) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
