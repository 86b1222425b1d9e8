#pragma once
// CSV as shops meet it: files from Excel on Chinese Windows (GBK/GB18030, no BOM), UTF-8 with or
// without a BOM, quoted fields with commas and line breaks inside. Rows keep the line number
// they started on, so an error can say "line 17".

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace patron {

enum class TextEncoding { Utf8, Utf8Bom, Utf16, Gb18030 };

// "utf-8", "utf-8-bom", "utf-16", "gb18030": how reports name what was read.
QString textEncodingName(TextEncoding encoding);

// Detects the encoding (BOM, else valid UTF-8, else GB18030, of which GBK is a subset) and decodes.
QString decodeText(const QByteArray& bytes, TextEncoding* detected = nullptr);

struct CsvRow {
    int line = 0;  // 1-based line where the row starts
    QStringList fields;
};

// RFC 4180: "" escapes a quote inside a quoted field; CRLF, LF or CR end a row; blank lines are
// skipped. An unterminated quote is reported through *error (with its line) and ends parsing.
QList<CsvRow> parseCsv(const QString& text, QString* error = nullptr);

// A CSV file as an import reads it: decoded (encoding named in *encodingName), parsed, and
// refused with a translated message when it is malformed or empty. Products, price lists and
// members import through it.
Result<QList<CsvRow>> readCsvFile(const QByteArray& bytes, QString* encodingName);

// One CSV line (no line break), quoting what needs it.
QString csvLine(const QStringList& fields);
// UTF-8 with a BOM: what Excel on Chinese Windows opens without garbling.
QByteArray csvDocument(const QList<QStringList>& rows);

} // namespace patron
