#include "common/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CsvTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Csv)
};

QString textEncodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16: return QStringLiteral("utf-16");
    case TextEncoding::Gb18030: return QStringLiteral("gb18030");
    }
    return {};
}

QString decodeText(const QByteArray& bytes, TextEncoding* detected)
{
    auto set = [detected](TextEncoding e) {
        if (detected)
            *detected = e;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        set(TextEncoding::Utf8Bom);
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        set(TextEncoding::Utf16);
        QStringDecoder d(QStringDecoder::Utf16);
        return d(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        set(TextEncoding::Utf8);
        return text;
    }
    set(TextEncoding::Gb18030);
    QStringDecoder gb("GB18030");
    return gb(bytes);
}

QList<CsvRow> parseCsv(const QString& text, QString* error)
{
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false, fieldStarted = false, rowHasContent = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (rowHasContent || row.fields.size() > 1 || !row.fields.first().isEmpty())
            rows.append(row);
        row = CsvRow();
        rowHasContent = false;
    };
    int quoteLine = 0;
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
            rowHasContent = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
            rowHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRow();
            ++line;
            row.line = line;
        } else {
            field += c;
            fieldStarted = true;
            rowHasContent = true;
        }
    }
    if (quoted) {
        if (error)
            *error = CsvTr::tr("Line %1: a quoted field is never closed.").arg(quoteLine);
        return rows;
    }
    if (fieldStarted || !row.fields.isEmpty() || rowHasContent)
        endRow();
    return rows;
}

QString csvLine(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')
            || f.startsWith(u' ') || f.endsWith(u' ')) {
            QString q = f;
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out << u'"' + q + u'"';
        } else {
            out << f;
        }
    }
    return out.join(u',');
}

QByteArray csvDocument(const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList& r : rows)
        out += csvLine(r).toUtf8() + "\r\n";
    return out;
}

Result<QList<CsvRow>> readCsvFile(const QByteArray& bytes, QString* encodingName)
{
    TextEncoding encoding;
    const QString text = decodeText(bytes, &encoding);
    if (encodingName)
        *encodingName = textEncodingName(encoding);
    QString parseError;
    QList<CsvRow> rows = parseCsv(text, &parseError);
    if (!parseError.isEmpty())
        return makeError(ErrorCode::InvalidInput, parseError);
    if (rows.isEmpty())
        return makeError(ErrorCode::InvalidInput, CsvTr::tr("The file is empty."));
    return rows;
}

} // namespace patron
