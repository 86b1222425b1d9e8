// JsonWriter writes what QJsonDocument::toJson(Compact) writes for the same object, byte for byte:
// stored events must not change with the way they were built.
#include "common/JsonWriter.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <limits>

using namespace patron;
using L = QLatin1StringView;

namespace {

QByteArray viaQt(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QByteArray oneString(const QString& s)
{
    JsonWriter w;
    w.beginObject().field(L("s"), s).endObject();
    return w.take();
}

} // namespace

TEST_CASE("JsonWriter escapes strings as Qt's JSON writer does", "[json]")
{
    const QList<QString> samples = {
        QString(),
        QStringLiteral(""),
        QStringLiteral("plain ascii 123"),
        QStringLiteral("quote \" backslash \\ slash /"),
        QStringLiteral("tab\tnewline\ncr\rbackspace\bformfeed\f"),
        QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QChar(0x00),
        QStringLiteral("康师傅红烧牛肉面 400g ￥12.50"),
        QStringLiteral("é ß ü ñ ©"),                                   // two-byte UTF-8
        QString::fromUtf8("emoji \xF0\x9F\x98\x80 and 𠀀"),            // surrogate pairs
        QString(QChar(0xd800)) + QStringLiteral("x"),                   // lone high surrogate
        QStringLiteral("x") + QChar(0xdc00),                            // lone low surrogate
        QString(QChar(0xd800)),                                         // high surrogate at the end
        QString(QChar(0xfffd)) + QChar(0xffff) + QChar(0x0800) + QChar(0x07ff),
    };
    for (const QString& s : samples) {
        INFO(s.toStdString());
        CHECK(oneString(s) == viaQt(QJsonObject{{QStringLiteral("s"), s}}));
    }
}

TEST_CASE("JsonWriter matches Qt on random strings", "[json]")
{
    QRandomGenerator rng(20261123);
    for (int round = 0; round < 2000; ++round) {
        QString s;
        const int n = int(rng.bounded(12));
        for (int i = 0; i < n; ++i) {
            switch (rng.bounded(5)) {
            case 0: s += QChar(char16_t(rng.bounded(0x80))); break;              // ASCII incl. controls
            case 1: s += QChar(char16_t(0x80 + rng.bounded(0x780))); break;      // two bytes
            case 2: s += QChar(char16_t(0x4e00 + rng.bounded(0x5000))); break;   // CJK
            case 3: s += QChar(char16_t(0xd800 + rng.bounded(0x800))); break;    // any surrogate
            default: s += QChar(char16_t(0xe000 + rng.bounded(0x2000))); break;  // up to U+FFFF
            }
        }
        INFO("round " << round);
        REQUIRE(oneString(s) == viaQt(QJsonObject{{QStringLiteral("s"), s}}));
    }
}

TEST_CASE("JsonWriter writes numbers, booleans, null, nesting and empty containers as Qt does", "[json]")
{
    const qint64 lo = std::numeric_limits<qint64>::min();
    const qint64 hi = std::numeric_limits<qint64>::max();
    JsonWriter w;
    w.beginObject()
        .key(L("a")).beginArray().endArray()
        .key(L("b")).beginObject().endObject()
        .key(L("c")).beginArray()
            .value(qint64(0)).value(-1).value(lo).value(hi).value(true).value(false).null()
            .beginObject().field(L("x"), 1).field(L("y"), QStringLiteral("z")).endObject()
            .beginArray().value(2).beginArray().endArray().endArray()
        .endArray()
        .field(L("d"), qint64(9007199254740993))  // past double precision: kept exact
        .endObject();
    const QJsonObject expected{
        {QStringLiteral("a"), QJsonArray()},
        {QStringLiteral("b"), QJsonObject()},
        {QStringLiteral("c"), QJsonArray{qint64(0), -1, lo, hi, true, false, QJsonValue(),
                                         QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), QStringLiteral("z")}},
                                         QJsonArray{2, QJsonArray()}}},
        {QStringLiteral("d"), qint64(9007199254740993)},
    };
    const QByteArray mine = w.take();
    CHECK(mine == viaQt(expected));
    CHECK(QJsonDocument::fromJson(mine).object() == expected);
}

TEST_CASE("JsonWriter is empty again after take", "[json]")
{
    JsonWriter w;
    w.beginArray().value(1).endArray();
    CHECK(w.take() == "[1]");
    w.beginObject().field(L("k"), false).endObject();
    CHECK(w.take() == "{\"k\":false}");
}

TEST_CASE("JsonWriter refuses to hand out a malformed document, in every build", "[json]")
{
    JsonWriter w;
    SECTION("a value in an object without its key") { w.beginObject().value(1).endObject(); }
    SECTION("a key outside an object") { w.beginArray().key(L("k")).value(1).endArray(); }
    SECTION("a key without its value") { w.beginObject().key(L("k")).endObject(); }
    SECTION("an object closed as an array") { w.beginObject().endArray(); }
    SECTION("an unclosed array") { w.beginArray().value(1); }
    SECTION("a close with nothing open") { w.endObject(); }
    SECTION("nothing at all") {}
    SECTION("two top-level values") { w.value(1).value(2); }
    CHECK_THROWS_AS(w.take(), std::logic_error);
    // The writer is usable again afterwards.
    w.beginArray().value(true).endArray();
    CHECK(w.take() == "[true]");
}
