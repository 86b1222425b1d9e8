#include "sync/Hlc.h"

#include "common/Clock.h"

#include <QStringList>

namespace patron {

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3").arg(wallMs, 16, 10, QChar(u'0')).arg(counter, 5, 10, QChar(u'0')).arg(node);
}

HlcTimestamp HlcTimestamp::parse(const QString& text)
{
    const int a = text.indexOf(u'-');
    const int b = a < 0 ? -1 : text.indexOf(u'-', a + 1);
    if (a < 0 || b < 0)
        return {};
    bool ok1 = false, ok2 = false;
    HlcTimestamp t;
    t.wallMs = text.left(a).toLongLong(&ok1);
    t.counter = text.mid(a + 1, b - a - 1).toUInt(&ok2);
    t.node = text.mid(b + 1);
    if (!ok1 || !ok2)
        return {};
    return t;
}

bool operator<(const HlcTimestamp& a, const HlcTimestamp& b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.node < b.node;
}

HlcTimestamp Hlc::tick()
{
    const qint64 now = m_clock.nowMs();
    if (now > m_last.wallMs) {
        m_last.wallMs = now;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

HlcTimestamp Hlc::observe(const HlcTimestamp& remote)
{
    const qint64 now = m_clock.nowMs();
    const qint64 wall = std::max({now, m_last.wallMs, remote.wallMs});
    if (wall == m_last.wallMs && wall == remote.wallMs)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (wall == m_last.wallMs)
        ++m_last.counter;
    else if (wall == remote.wallMs)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.wallMs = wall;
    m_last.node = m_node;
    return m_last;
}

void Hlc::restore(const HlcTimestamp& last)
{
    if (m_last < last) {
        m_last.wallMs = last.wallMs;
        m_last.counter = last.counter;
    }
}

} // namespace patron
