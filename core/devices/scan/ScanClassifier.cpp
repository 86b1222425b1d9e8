#include "devices/scan/ScanClassifier.h"

#include "catalog/Barcode.h"

#include <QCoreApplication>

#include <algorithm>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ScanClassifierTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ScanClassifier)
};

namespace {

Result<int> boundedInt(const QJsonObject& json, QStringView key, int fallback, int low, int high)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return fallback;
    const int n = v.toInt(low - 1);
    if (!v.isDouble() || n < low || n > high)
        return makeError(ErrorCode::InvalidInput,
                         ScanClassifierTr::tr("Scanner setting %1 must be a whole number from %2 to %3.")
                             .arg(key.toString())
                             .arg(low)
                             .arg(high));
    return n;
}
} // namespace

Result<ScanSettings> ScanSettings::fromJson(const QJsonObject& json)
{
    ScanSettings s;
    auto minLength = boundedInt(json, u"minLength", s.minLength, 1, 64);
    auto average = boundedInt(json, u"maxAverageGapMs", s.maxAverageGapMs, 1, 1000);
    auto single = boundedInt(json, u"maxGapMs", s.maxGapMs, 1, 1000);
    for (const auto* r : {&minLength, &average, &single})
        if (!r->ok())
            return r->error();
    s.minLength = *minLength;
    s.maxAverageGapMs = *average;
    s.maxGapMs = *single;
    s.prefix = json.value(u"prefix").toString();
    s.suffix = json.value(u"suffix").toString();
    return s;
}

QJsonObject ScanSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("minLength"), minLength},
                       {QStringLiteral("maxAverageGapMs"), maxAverageGapMs},
                       {QStringLiteral("maxGapMs"), maxGapMs},
                       {QStringLiteral("prefix"), prefix},
                       {QStringLiteral("suffix"), suffix}};
}

ScanClassifier::ScanClassifier(ScanSettings settings) : m_settings(std::move(settings))
{
    // Prefix and suffix are matched against folded text: an IME in full-width mode may turn
    // the scanner's "#" into "＃".
    m_settings.prefix = foldFullWidth(m_settings.prefix);
    m_settings.suffix = foldFullWidth(m_settings.suffix);
}

void ScanClassifier::addGap(qint64 gapMs)
{
    gapMs = std::max<qint64>(0, gapMs);  // a clock stepping back is no evidence either way
    m_gapSumMs += gapMs;
    m_maxGapMs = std::max(m_maxGapMs, gapMs);
    ++m_gaps;
}

bool ScanClassifier::fast() const
{
    if (m_gaps == 0)
        return true;
    // average <= threshold, in integers: sum <= threshold × count.
    return m_maxGapMs <= m_settings.maxGapMs
        && m_gapSumMs <= qint64(m_settings.maxAverageGapMs) * m_gaps;
}

bool ScanClassifier::receivingPrefixedScan() const
{
    return !m_settings.prefix.isEmpty() && m_folded.startsWith(m_settings.prefix);
}

std::optional<QString> ScanClassifier::scannedCode() const
{
    const bool prefixed = receivingPrefixedScan();
    QStringView code = m_folded;
    if (prefixed)
        code = code.sliced(m_settings.prefix.size());
    if (!m_settings.suffix.isEmpty() && code.endsWith(m_settings.suffix))
        code.chop(m_settings.suffix.size());
    code = code.trimmed();
    if (code.isEmpty())
        return std::nullopt;
    // The configured prefix proves a scanner sent it; without one, timing must.
    if (prefixed || (fast() && code.size() >= m_settings.minLength))
        return code.toString();
    return std::nullopt;
}

ScanEvent ScanClassifier::key(const QString& text, qint64 timestampMs)
{
    if (text.isEmpty())
        return {};
    m_suffixScanEndMs.reset();
    for (qsizetype i = 0; i < text.size(); ++i)
        // Characters of one input-method commit arrive together: no gap between them.
        if (!m_typed.isEmpty() || i > 0)
            addGap(i == 0 ? timestampMs - m_lastMs : 0);
    m_typed += text;
    m_folded += foldFullWidth(text);
    m_lastMs = timestampMs;

    if (m_settings.suffix.isEmpty() || !m_folded.endsWith(m_settings.suffix))
        return {};
    const auto code = scannedCode();
    if (!code)
        return {};  // a person typed the suffix character: keep collecting
    reset();
    m_suffixScanEndMs = timestampMs;
    return {ScanEvent::Kind::Scan, *code};
}

ScanEvent ScanClassifier::terminator(qint64 timestampMs)
{
    if (m_typed.isEmpty()) {
        const bool afterSuffixScan = m_suffixScanEndMs
            && timestampMs - *m_suffixScanEndMs <= m_settings.maxGapMs;
        m_suffixScanEndMs.reset();
        if (afterSuffixScan)
            return {};
        return {ScanEvent::Kind::Typing, QString()};
    }
    // The scanner's Enter comes as fast as its digits; a person's Enter after typing does not.
    addGap(timestampMs - m_lastMs);
    const auto code = scannedCode();
    ScanEvent event = code ? ScanEvent{ScanEvent::Kind::Scan, *code}
                           : ScanEvent{ScanEvent::Kind::Typing, m_typed};
    reset();
    return event;
}

void ScanClassifier::reset()
{
    m_typed.clear();
    m_folded.clear();
    m_gapSumMs = 0;
    m_maxGapMs = 0;
    m_gaps = 0;
}

} // namespace patron
