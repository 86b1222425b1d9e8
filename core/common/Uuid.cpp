#include "common/Uuid.h"

#include <QRandomGenerator>

#include <mutex>

namespace patron {

Uuid Uuid::fromBytes(const QByteArray& bytes)
{
    Uuid u;
    if (bytes.size() != 16)
        return u;
    for (int i = 0; i < 16; ++i)
        u.m_b[size_t(i)] = std::uint8_t(bytes[i]);
    return u;
}

Uuid Uuid::fromString(const QString& text)
{
    QString hex = text.trimmed();
    if (hex.size() != 36 || hex[8] != u'-' || hex[13] != u'-' || hex[18] != u'-' || hex[23] != u'-')
        return {};
    hex.remove(u'-');
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    if (raw.size() != 16 || raw.toHex() != hex.toLower().toLatin1())
        return {};
    return fromBytes(raw);
}

Uuid Uuid::v7(qint64 unixMs)
{
    // 48-bit ms timestamp, then a 12-bit counter in rand_a so UUIDs made in the same
    // millisecond still sort in creation order (RFC 9562 method 1), then 62 random bits.
    static std::mutex mutex;
    static qint64 lastMs = -1;
    static std::uint16_t counter = 0;
    std::uint16_t seq;
    {
        std::lock_guard lock(mutex);
        if (unixMs <= lastMs) {
            if (++counter > 0x0FFF) {  // counter exhausted: borrow the next millisecond
                ++lastMs;
                counter = 0;
            }
            unixMs = lastMs;
        } else {
            lastMs = unixMs;
            counter = std::uint16_t(QRandomGenerator::system()->bounded(0x200));
        }
        seq = counter;
    }
    Uuid u;
    for (int i = 0; i < 6; ++i)
        u.m_b[size_t(i)] = std::uint8_t((quint64(unixMs) >> (8 * (5 - i))) & 0xFF);
    u.m_b[6] = std::uint8_t(0x70 | ((seq >> 8) & 0x0F));
    u.m_b[7] = std::uint8_t(seq & 0xFF);
    quint64 r = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i) {
        u.m_b[size_t(i)] = std::uint8_t(r & 0xFF);
        r >>= 8;
    }
    u.m_b[8] = std::uint8_t(0x80 | (u.m_b[8] & 0x3F));  // RFC 4122 variant
    return u;
}

bool Uuid::isNull() const
{
    for (auto b : m_b)
        if (b)
            return false;
    return true;
}

QByteArray Uuid::bytes() const { return QByteArray(reinterpret_cast<const char*>(m_b.data()), 16); }

QString Uuid::toString() const
{
    const QString h = QString::fromLatin1(bytes().toHex());
    return h.mid(0, 8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-'
        + h.mid(20, 12);
}

qint64 Uuid::unixMs() const
{
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | m_b[size_t(i)];
    return ms;
}

} // namespace patron
