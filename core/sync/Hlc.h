#pragma once
// Hybrid logical clock: orders edits across tills whose wall clocks disagree. A timestamp is
// (wall ms, counter, node); it never goes backwards on one till and always moves past any
// timestamp the till has seen from elsewhere. Text form sorts like the timestamp itself.

#include <QString>

namespace patron {

class Clock;

struct HlcTimestamp {
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;  // "STORE/TILL": the deterministic tie-break

    QString toString() const;  // "0001732290253000-00000-SH01/T1"
    static HlcTimestamp parse(const QString& text);  // wallMs 0 if malformed
    bool isNull() const { return wallMs == 0; }
    friend bool operator<(const HlcTimestamp& a, const HlcTimestamp& b);
    friend bool operator==(const HlcTimestamp& a, const HlcTimestamp& b) = default;
};

class Hlc {
public:
    Hlc(QString node, const Clock& clock) : m_node(std::move(node)), m_clock(clock) {}

    // The timestamp for a local event.
    HlcTimestamp tick();
    // Merge a timestamp received from elsewhere (head office, another till); returns the new local one.
    HlcTimestamp observe(const HlcTimestamp& remote);
    // Restart from a persisted last value (so a restart never issues an older timestamp).
    void restore(const HlcTimestamp& last);
    HlcTimestamp last() const { return m_last; }

private:
    QString m_node;
    const Clock& m_clock;
    HlcTimestamp m_last;
};

} // namespace patron
