#include "EscPosReader.h"

#include <iconv.h>

#include <cerrno>

namespace patron::test {

namespace {
quint8 at(const QByteArray& b, qsizetype i) { return i < b.size() ? quint8(b[i]) : 0; }
bool isCommandStart(quint8 c) { return c == 0x1B || c == 0x1C || c == 0x1D || c == 0x10 || c == 0x0A; }
} // namespace

QString EscPosReader::decode(const QByteArray& bytes, const char* charset)
{
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == iconv_t(-1))
        return QStringLiteral("<iconv cannot open %1>").arg(QLatin1String(charset));
    QByteArray in = bytes;
    QByteArray out(bytes.size() * 4 + 16, '\0');
    char* inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (rc == size_t(-1))
        return QStringLiteral("<invalid %1 at byte %2>").arg(QLatin1String(charset)).arg(in.size() - qsizetype(inLeft));
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

// Length of the command at `at`, or -1 when the reader does not know it.
qsizetype EscPosReader::commandLength(qsizetype i) const
{
    const quint8 c0 = at(m_stream, i), c1 = at(m_stream, i + 1), c2 = at(m_stream, i + 2);
    if (c0 == 0x0A)
        return 1;
    if (c0 == 0x10 && c1 == 0x04)
        return 3;
    if (c0 == 0x1C && (c1 == 0x26 || c1 == 0x2E))
        return 2;
    if (c0 == 0x1B) {
        if (c1 == 0x40)
            return 2;
        if (c1 == 0x61 || c1 == 0x45 || c1 == 0x74 || c1 == 0x64 || c1 == 0x21 || c1 == 0x4D)
            return 3;
        if (c1 == 0x70)
            return 5;
    }
    if (c0 == 0x1D) {
        if (c1 == 0x21 || c1 == 0x68 || c1 == 0x77 || c1 == 0x48 || c1 == 0x66)
            return 3;
        if (c1 == 0x56)
            return (c2 == 0x41 || c2 == 0x42) ? 4 : 3;
        if (c1 == 0x6B && c2 >= 65)
            return 4 + at(m_stream, i + 3);
        if (c1 == 0x28 && c2 == 0x6B)
            return 5 + at(m_stream, i + 3) + 256 * at(m_stream, i + 4);
        if (c1 == 0x76 && c2 == 0x30) {
            const int x = at(m_stream, i + 4) + 256 * at(m_stream, i + 5);
            const int y = at(m_stream, i + 6) + 256 * at(m_stream, i + 7);
            return 8 + qsizetype(x) * y;
        }
    }
    return -1;
}

EscPosReader::EscPosReader(const QByteArray& stream, const char* charset) : m_stream(stream)
{
    PrintedLine current;
    QByteArray lineBytes;
    bool big = false, bold = false;
    int align = 0;
    for (qsizetype i = 0; i < m_stream.size();) {
        const quint8 c = at(m_stream, i);
        if (!isCommandStart(c)) {
            if (c < 0x20) {
                m_error = QStringLiteral("stray control byte 0x%1 at %2").arg(c, 2, 16, QChar(u'0')).arg(i);
                return;
            }
            qsizetype j = i;
            while (j < m_stream.size() && !isCommandStart(at(m_stream, j)) && at(m_stream, j) >= 0x20)
                ++j;
            m_commands.append({EscPosCommand::Kind::Text, m_stream.mid(i, j - i)});
            lineBytes += m_stream.mid(i, j - i);
            i = j;
            continue;
        }
        const qsizetype len = commandLength(i);
        if (len < 0 || i + len > m_stream.size()) {
            m_error = QStringLiteral("unknown or truncated command %1 at %2")
                          .arg(QString::fromLatin1(m_stream.mid(i, 3).toHex(' ')))
                          .arg(i);
            return;
        }
        const QByteArray cmd = m_stream.mid(i, len);
        i += len;
        if (c == 0x0A) {
            m_commands.append({EscPosCommand::Kind::LineFeed, cmd});
            m_lines.append({lineBytes, decode(lineBytes, charset), big, bold, align});
            lineBytes.clear();
            continue;
        }
        m_commands.append({EscPosCommand::Kind::Control, cmd});
        if (cmd.startsWith("\x1D\x21"))
            big = quint8(cmd[2]) != 0;
        else if (cmd.startsWith("\x1B\x45"))
            bold = cmd[2] != 0;
        else if (cmd.startsWith("\x1B\x61"))
            align = cmd[2];
        else if (cmd.startsWith("\x1B\x40"))
            big = bold = false, align = 0;
    }
    if (!lineBytes.isEmpty())
        m_lines.append({lineBytes, decode(lineBytes, charset), big, bold, align});
}

QStringList EscPosReader::texts() const
{
    QStringList out;
    for (const PrintedLine& l : m_lines)
        out << l.text;
    return out;
}

QList<QByteArray> EscPosReader::find(const QByteArray& prefix) const
{
    QList<QByteArray> out;
    for (const EscPosCommand& c : m_commands)
        if (c.kind == EscPosCommand::Kind::Control && c.bytes.startsWith(prefix))
            out << c.bytes;
    return out;
}

int EscPosReader::fourByteSequences() const
{
    int n = 0;
    for (const PrintedLine& l : m_lines)
        for (qsizetype i = 0; i + 1 < l.raw.size(); ++i) {
            if (quint8(l.raw[i]) >= 0x81) {
                if (quint8(l.raw[i + 1]) >= 0x30 && quint8(l.raw[i + 1]) <= 0x39)
                    ++n;
                ++i;  // skip the trail byte of a two-byte code
            }
        }
    return n;
}

} // namespace patron::test
