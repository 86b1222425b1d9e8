#pragma once
// Tells a keyboard-wedge scanner's burst of keys from a person typing, by timing and by an
// optional configured prefix/suffix. Pure logic: the UI adapts QKeyEvent / QInputMethodEvent
// (text + QKeyEvent::timestamp()) into key() and terminator() calls.

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace patron {

// Per-till scanner settings (thresholds are settings, not constants: scanners differ).
struct ScanSettings {
    int minLength = 6;         // fewer characters is typing, however fast
    int maxAverageGapMs = 30;  // scanners send 1-30 ms per key; people rarely < 60
    int maxGapMs = 60;         // any single longer pause makes it typing
    // Characters the shop configured its scanner to send before/after each code. A burst that
    // starts with the prefix is a scan whatever its speed; a scan ending in the suffix is
    // complete without waiting for Enter. Both are stripped from the code.
    QString prefix;
    QString suffix;

    // InvalidInput when a threshold is out of range (lengths 1-64, gaps 1-1000 ms).
    static Result<ScanSettings> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// What a key or terminator completed.
struct ScanEvent {
    enum class Kind {
        None,    // nothing completed yet (after a terminator: the Enter belonged to a scan the
                 // suffix already completed; swallow it)
        Scan,    // `text` is a scanned code: trimmed, full-width folded, prefix/suffix stripped
        Typing,  // `text` is what the person typed since the last terminator, as typed
    };
    Kind kind = Kind::None;
    QString text;
};

class ScanClassifier {
public:
    explicit ScanClassifier(ScanSettings settings = {});

    // A printable key or an input-method commit (several characters arrive at once), at
    // `timestampMs` (any monotonic millisecond clock; QKeyEvent::timestamp() will do).
    // Returns a Scan when a configured suffix completes one, else None.
    ScanEvent key(const QString& text, qint64 timestampMs);
    // Enter or Tab. Returns Scan or Typing (Typing with empty text on a bare Enter), or None
    // for the Enter a scanner sends after its suffix.
    ScanEvent terminator(qint64 timestampMs);
    // Forget the keys so far: call when the field is cleared or edited (Backspace, paste,
    // focus change), so the next burst is judged on its own. A scanner's Enter still pending
    // after a suffix-completed scan is still swallowed.
    void reset();

    // True while a prefixed scan is arriving: the UI may keep those keys out of the field.
    bool receivingPrefixedScan() const;
    const ScanSettings& settings() const { return m_settings; }

private:
    void addGap(qint64 gapMs);
    bool fast() const;  // the average and every single gap within the thresholds
    // The code inside the burst (prefix and suffix stripped, trimmed) when it is a scan.
    std::optional<QString> scannedCode() const;

    ScanSettings m_settings;
    QString m_typed;        // raw, for Typing
    QString m_folded;       // full-width folded copy: prefix/suffix matching and the code
    qint64 m_lastMs = 0;
    qint64 m_gapSumMs = 0;  // between consecutive characters
    qint64 m_maxGapMs = 0;
    int m_gaps = 0;
    std::optional<qint64> m_suffixScanEndMs;  // when a suffix completed a scan: swallow its Enter
};

} // namespace patron
