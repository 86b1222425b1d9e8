#include "members/MemberCsv.h"

#include <QStringConverter>

namespace patron {

QString MemberCsv::decode(const QByteArray& bytes, QString* encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8 BOM");
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
    QStringDecoder gb("GB18030");
    if (encoding)
        *encoding = QStringLiteral("GB18030");
    return gb(bytes);
}

QList<CsvRecord> MemberCsv::parse(const QString& text)
{
    QList<CsvRecord> out;
    CsvRecord rec;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    rec.line = 1;
    auto endField = [&] {
        rec.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty()))
            out << rec;
        rec = CsvRecord();
        rec.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !rec.fields.isEmpty())
        endRecord();
    return out;
}

QString MemberCsv::escape(const QString& field)
{
    // Quote what needs it; a leading = + - @ is prefixed so a spreadsheet shows it as text
    // instead of running it as a formula.
    QString f = field;
    if (!f.isEmpty() && QStringLiteral("=+-@").contains(f[0]))
        f.prepend(u'\'');
    if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
        return u'"' + f.replace(u'"', QLatin1String("\"\"")) + u'"';
    return f;
}

QByteArray MemberCsv::write(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList escaped;
        for (const QString& f : row)
            escaped << escape(f);
        text += escaped.join(u',') + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace patron
