#pragma once
// Time-ordered UUIDs (version 7, RFC 9562) kept as 16-byte BLOBs. Anything that leaves the till
// (sales, payments, ledger entries, members, events) carries one, so the same thing arriving
// twice is recognised.

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace patron {

class Uuid {
public:
    Uuid() = default;  // the nil UUID
    static Uuid fromBytes(const QByteArray& bytes);  // nil unless exactly 16 bytes
    static Uuid fromString(const QString& text);     // canonical 8-4-4-4-12; nil if malformed
    // A new v7 UUID for the given Unix time in ms; strictly increasing within this process.
    static Uuid v7(qint64 unixMs);

    bool isNull() const;
    QByteArray bytes() const;
    QString toString() const;
    qint64 unixMs() const;  // the timestamp a v7 UUID carries

    friend bool operator==(const Uuid&, const Uuid&) = default;
    friend auto operator<=>(const Uuid&, const Uuid&) = default;

private:
    std::array<std::uint8_t, 16> m_b{};
};

} // namespace patron
