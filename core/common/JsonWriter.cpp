#include "common/JsonWriter.h"

#include <stdexcept>

namespace patron {

namespace {

char hexDigit(uint v) { return char(v < 10 ? '0' + v : 'a' + v - 10); }

void escapeUnit(QByteArray& out, char16_t u)
{
    const char esc[] = {'\\', 'u', '0', '0', '0', '0'};
    out.append(esc, 2);
    out.append(hexDigit((u >> 12) & 0xf));
    out.append(hexDigit((u >> 8) & 0xf));
    out.append(hexDigit((u >> 4) & 0xf));
    out.append(hexDigit(u & 0xf));
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve) { m_out.reserve(reserve); }

void JsonWriter::beforeValue()
{
    if (m_levels.isEmpty()) {
        m_malformed = m_malformed || !m_out.isEmpty();  // one document, one top-level value
        return;
    }
    Level& l = m_levels.back();
    if (l.object) {
        m_malformed = m_malformed || !m_afterKey;  // a value inside an object needs its key first
        m_afterKey = false;
        return;
    }
    if (!l.empty)
        m_out.append(',');
    l.empty = false;
}

JsonWriter& JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_levels.append(Level{true, true, {}});
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    if (m_levels.isEmpty() || !m_levels.back().object || m_afterKey) {
        m_malformed = true;
        return *this;
    }
    m_levels.removeLast();
    m_out.append('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_levels.append(Level{false, true, {}});
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    if (m_levels.isEmpty() || m_levels.back().object) {
        m_malformed = true;
        return *this;
    }
    m_levels.removeLast();
    m_out.append(']');
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1StringView name)
{
    if (m_levels.isEmpty() || !m_levels.back().object || m_afterKey) {
        m_malformed = true;
        return *this;
    }
    Level& l = m_levels.back();
    // QJsonObject keeps its keys sorted; writing them in that order keeps the bytes identical.
    Q_ASSERT_X(l.empty || l.lastKey < name, "JsonWriter", "keys must be written in ascending order");
    if (!l.empty)
        m_out.append(',');
    l.empty = false;
    l.lastKey = name;
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    beforeValue();
    writeString(text);
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number)
{
    beforeValue();
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    // Through the unsigned magnitude, so the smallest qint64 has a magnitude too.
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (number < 0)
        *--p = '-';
    m_out.append(p, end - p);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    m_out.append("null", 4);
    return *this;
}

QByteArray JsonWriter::take()
{
    const bool malformed = m_malformed || !m_levels.isEmpty() || m_afterKey || m_out.isEmpty();
    QByteArray out = std::move(m_out);
    m_out = QByteArray();
    m_levels.clear();
    m_afterKey = m_malformed = false;
    if (malformed)
        throw std::logic_error("JsonWriter: a malformed JSON document was written");
    return out;
}

// The escaping of Qt's own JSON writer (qjsonwriter.cpp): the two characters JSON requires and
// the control characters escaped, short forms where JSON has them, everything else as UTF-8; a
// lone surrogate, which has no UTF-8 form, as a \u escape.
void JsonWriter::writeString(const QString& text)
{
    m_out.append('"');
    const char16_t* src = reinterpret_cast<const char16_t*>(text.utf16());
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                m_out.append(char(u));
                continue;
            }
            switch (u) {
            case u'"': m_out.append("\\\"", 2); break;
            case u'\\': m_out.append("\\\\", 2); break;
            case 0x08: m_out.append("\\b", 2); break;
            case 0x0c: m_out.append("\\f", 2); break;
            case 0x0a: m_out.append("\\n", 2); break;
            case 0x0d: m_out.append("\\r", 2); break;
            case 0x09: m_out.append("\\t", 2); break;
            default: escapeUnit(m_out, u);
            }
        } else if (u < 0x800) {
            m_out.append(char(0xc0 | (u >> 6)));
            m_out.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u)) {
            if (src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                m_out.append(char(0xf0 | (c >> 18)));
                m_out.append(char(0x80 | ((c >> 12) & 0x3f)));
                m_out.append(char(0x80 | ((c >> 6) & 0x3f)));
                m_out.append(char(0x80 | (c & 0x3f)));
            } else {
                escapeUnit(m_out, u);
            }
        } else if (QChar::isLowSurrogate(u)) {
            escapeUnit(m_out, u);
        } else {
            m_out.append(char(0xe0 | (u >> 12)));
            m_out.append(char(0x80 | ((u >> 6) & 0x3f)));
            m_out.append(char(0x80 | (u & 0x3f)));
        }
    }
    m_out.append('"');
}

} // namespace patron
