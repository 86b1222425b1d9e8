#include "TestEnv.h"

#include "common/Csv.h"

#include <QStringEncoder>

using namespace patron;

namespace {
QList<QStringList> fieldsOf(const QList<CsvRow>& rows)
{
    QList<QStringList> out;
    for (const CsvRow& r : rows)
        out << r.fields;
    return out;
}
QList<int> linesOf(const QList<CsvRow>& rows)
{
    QList<int> out;
    for (const CsvRow& r : rows)
        out << r.line;
    return out;
}
} // namespace

TEST_CASE("CSV quotes: doubled quotes, commas and line breaks inside a field", "[csv]")
{
    QString error;
    const auto rows = parseCsv(QStringLiteral("a,\"b \"\"q\"\" c\",d\n\"x,y\",\"line1\nline2\",\"\"\nlast,row,here\n"), &error);
    CHECK(error.isEmpty());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b \"q\" c"), QStringLiteral("d")});
    CHECK(rows[1].fields == QStringList{QStringLiteral("x,y"), QStringLiteral("line1\nline2"), QString()});
    CHECK(rows[2].fields == QStringList{QStringLiteral("last"), QStringLiteral("row"), QStringLiteral("here")});
    // The row after a two-line field starts on line 4.
    CHECK(linesOf(rows) == QList<int>{1, 2, 4});
}

TEST_CASE("CSV line endings: CRLF, LF and CR; blank lines are skipped but counted", "[csv]")
{
    const auto crlf = parseCsv(QStringLiteral("a,b\r\nc,d\r\n"));
    CHECK(fieldsOf(crlf) == QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}});
    CHECK(linesOf(crlf) == QList<int>{1, 2});

    const auto cr = parseCsv(QStringLiteral("a\rb\rc"));
    CHECK(fieldsOf(cr) == QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}, {QStringLiteral("c")}});

    const auto blanks = parseCsv(QStringLiteral("a,b\r\n\r\n\nc,d"));  // no final line break
    CHECK(fieldsOf(blanks) == QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}});
    CHECK(linesOf(blanks) == QList<int>{1, 4});

    // Empty fields are kept, including trailing ones; a row of commas is not blank.
    const auto empty = parseCsv(QStringLiteral("a,,\n,\n"));
    CHECK(fieldsOf(empty) == QList<QStringList>{{QStringLiteral("a"), QString(), QString()}, {QString(), QString()}});
    CHECK(parseCsv(QString()).isEmpty());
}

TEST_CASE("An unterminated quote is an error naming the line it opened on", "[csv]")
{
    QString error;
    const auto rows = parseCsv(QStringLiteral("h1,h2\nok,1\n\"open,2\nmore\nstill more\n"), &error);
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(QStringLiteral("3")));
    CHECK_FALSE(error.contains(QStringLiteral("5")));
    CHECK(rows.size() == 2);  // the rows before it, nothing invented after it

    QString none;
    parseCsv(QStringLiteral("a,\"b\"\n"), &none);
    CHECK(none.isEmpty());
}

TEST_CASE("csvLine quotes what needs quoting and parses back to the same fields", "[csv]")
{
    const QStringList fields{QStringLiteral("plain"), QStringLiteral("with,comma"), QStringLiteral("say \"hi\""),
                             QStringLiteral("two\nlines"), QStringLiteral(" padded "), QString(), QStringLiteral("牛肉面")};
    const QString line = csvLine(fields);
    CHECK(line == QStringLiteral("plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",,牛肉面"));
    const auto back = parseCsv(line);
    REQUIRE(back.size() == 1);
    CHECK(back[0].fields == fields);

    const QByteArray doc = csvDocument({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("长城"), QStringLiteral("1")}});
    CHECK(doc == QByteArray("\xEF\xBB\xBF" "a,b\r\n") + QStringLiteral("长城,1\r\n").toUtf8());
}

TEST_CASE("Text encodings are detected: UTF-8 with or without BOM, UTF-16, GBK", "[csv]")
{
    const QString text = QStringLiteral("货号,品名\n长城,牛肉面\n");
    TextEncoding e = TextEncoding::Utf16;

    CHECK(decodeText(text.toUtf8(), &e) == text);
    CHECK(e == TextEncoding::Utf8);

    CHECK(decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), &e) == text);  // the BOM is not part of the text
    CHECK(e == TextEncoding::Utf8Bom);

    QStringEncoder utf16(QStringEncoder::Utf16LE);
    CHECK(decodeText(QByteArray("\xFF\xFE") + QByteArray(utf16(text)), &e) == text);
    CHECK(e == TextEncoding::Utf16);

    // 货号 in GBK, from the GB 2312 code chart: BB F5 BA C5.
    CHECK(decodeText(QByteArray("\xBB\xF5\xBA\xC5"), &e) == QStringLiteral("货号"));
    CHECK(e == TextEncoding::Gb18030);
    QStringEncoder gb("GB18030");
    CHECK(decodeText(gb(text), &e) == text);
    CHECK(e == TextEncoding::Gb18030);

    CHECK(decodeText(QByteArray("sku,name\n"), &e) == QStringLiteral("sku,name\n"));
    CHECK(e == TextEncoding::Utf8);
}
