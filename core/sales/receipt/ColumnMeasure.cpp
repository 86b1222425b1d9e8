#include "sales/receipt/ColumnMeasure.h"

#include <QChar>

namespace patron {

namespace {

// Code points of `text`, each with its UTF-16 span, so wrapping never cuts a surrogate pair.
struct CodePointSpan {
    char32_t cp;
    qsizetype pos;
    qsizetype len;
};

QList<CodePointSpan> codePoints(const QString& text)
{
    QList<CodePointSpan> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append({QChar::surrogateToUcs4(c, text.at(i + 1)), i, 2});
            i += 2;
        } else {
            out.append({c.unicode(), i, 1});
            ++i;
        }
    }
    return out;
}

} // namespace

bool ColumnMeasure::isEastAsianWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

int ColumnMeasure::width(char32_t cp) const
{
    switch (m_rule) {
    case Rule::SingleByte:
        return 1;
    case Rule::DoubleByteCjk:
        return cp < 0x80 ? 1 : 2;
    case Rule::EastAsianWidth:
        break;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return 0;
    const auto category = QChar::category(cp);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
        || category == QChar::Other_Format)
        return 0;
    return isEastAsianWide(cp) ? 2 : 1;
}

int ColumnMeasure::width(const QString& text) const
{
    int w = 0;
    for (const CodePointSpan& s : codePoints(text))
        w += width(s.cp);
    return w;
}

QStringList ColumnMeasure::wrap(const QString& text, int columns) const
{
    QStringList lines;
    if (columns <= 0)
        return lines;
    QString line;
    int lineWidth = 0;
    qsizetype lastSpaceInLine = -1;  // index in `line` just after the last space
    int widthAtLastSpace = 0;
    for (const CodePointSpan& s : codePoints(text)) {
        const QString piece = text.mid(s.pos, s.len);
        const int w = width(s.cp);
        if (lineWidth + w > columns) {
            if (s.cp == U' ') {  // a space at the break is dropped
                lines << line;
                line.clear();
                lineWidth = 0;
                lastSpaceInLine = -1;
                continue;
            }
            if (lastSpaceInLine > 0) {
                // Break after the last space: the word being written moves to the next line.
                lines << line.left(lastSpaceInLine).trimmed();
                line = line.mid(lastSpaceInLine);
                lineWidth -= widthAtLastSpace;
                if (lineWidth + w > columns) {
                    lines << line;
                    line.clear();
                    lineWidth = 0;
                }
            } else {
                lines << line;
                line.clear();
                lineWidth = 0;
            }
            lastSpaceInLine = -1;
        }
        if (line.isEmpty() && s.cp == U' ')
            continue;  // no leading space on a continuation line
        line += piece;
        lineWidth += w;
        if (s.cp == U' ') {
            lastSpaceInLine = line.size();
            widthAtLastSpace = lineWidth;
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

QString ColumnMeasure::truncate(const QString& text, int columns) const
{
    int w = 0;
    for (const CodePointSpan& s : codePoints(text)) {
        w += width(s.cp);
        if (w > columns)
            return text.left(s.pos);
    }
    return text;
}

QString ColumnMeasure::padRight(const QString& text, int columns) const
{
    const QString t = truncate(text, columns);
    return t + QString(qMax(0, columns - width(t)), u' ');
}

QString ColumnMeasure::padLeft(const QString& text, int columns) const
{
    const QString t = truncate(text, columns);
    return QString(qMax(0, columns - width(t)), u' ') + t;
}

QString ColumnMeasure::center(const QString& text, int columns) const
{
    const QString t = truncate(text, columns);
    const int left = qMax(0, (columns - width(t)) / 2);
    return QString(left, u' ') + t;
}

QString ColumnMeasure::spread(const QString& left, const QString& right, int columns) const
{
    const int gap = columns - width(left) - width(right);
    if (gap < 1)
        return QString();
    return left + QString(gap, u' ') + right;
}

} // namespace patron
