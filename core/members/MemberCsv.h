#pragma once
// CSV for member import and export: text decoding (UTF-8 with or without BOM, else GBK/GB18030,
// which is what Excel writes on a Chinese Windows), a quoted-field parser that keeps the line
// number of each record, and the writer (UTF-8 with BOM so Excel opens it correctly).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace patron {

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    QStringList fields;
};

class MemberCsv {
public:
    // Decoded text and the encoding found: "UTF-8 BOM", "UTF-8" or "GB18030".
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);
    static QList<CsvRecord> parse(const QString& text);
    static QString escape(const QString& field);
    static QByteArray write(const QList<QStringList>& rows);
};

} // namespace patron
