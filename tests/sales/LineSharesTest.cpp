// LineShares, the text a sale line keeps its shares of the sale's payments in
// (sale_lines.tender_shares): the form it writes, that every share reads back exactly (negative
// refunds, points, 64-bit amounts), and that damaged text is reported, never half read.

#include "sales/LineShares.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace patron;

namespace {

LineShares sharesOf(std::initializer_list<LineShare> entries)
{
    LineShares s;
    for (const LineShare& e : entries)
        s.add(e.paymentSeq, e.amountMinor, e.points);
    return s;
}

} // namespace

TEST_CASE("Line shares are written in payment order, points only when there are some", "[sales][shares]")
{
    CHECK(sharesOf({{2, 86, 0}, {1, 3914, 0}}).encode() == QStringLiteral("1:3914;2:86"));
    CHECK(sharesOf({{1, 500, 50}, {3, 1200, 0}}).encode() == QStringLiteral("1:500:50;3:1200"));
    // A return's line gives back: negative amounts and points.
    CHECK(sharesOf({{1, -500, -50}, {2, -1}}).encode() == QStringLiteral("1:-500:-50;2:-1"));
    // Points with no money (a line paid in points whose value rounds to nothing).
    CHECK(sharesOf({{1, 0, 7}}).encode() == QStringLiteral("1:0:7"));
}

TEST_CASE("A share of nothing is not kept, and no shares is the empty text, never NULL", "[sales][shares]")
{
    LineShares s;
    s.add(1, 0, 0);
    CHECK(s.isEmpty());
    CHECK(s.encode().isEmpty());
    CHECK_FALSE(s.encode().isNull());  // the column is NOT NULL; a null QString binds NULL
    s.add(2, 300);
    s.add(2, -300);  // adding to a payment's share, back to nothing
    CHECK(s.isEmpty());
    s.add(1, 100);
    s.add(1, 20, 3);
    CHECK(s.entries() == QList<LineShare>{{1, 120, 3}});
    CHECK(s.of(1) == LineShare{1, 120, 3});
    CHECK(s.of(4) == LineShare{4, 0, 0});
}

TEST_CASE("Every share reads back exactly", "[sales][shares]")
{
    const qint64 big = std::numeric_limits<qint64>::max();
    const qint64 small = std::numeric_limits<qint64>::min();
    const LineShares cases[] = {
        LineShares(),
        sharesOf({{1, 3914, 0}, {2, 86, 0}}),
        sharesOf({{1, -2400, 0}}),
        sharesOf({{1, 500, 50}, {2, 0, 9}, {7, -3, -1}}),
        sharesOf({{1, big, small}, {std::numeric_limits<int>::max(), small, big}}),
    };
    for (const LineShares& s : cases) {
        INFO(s.encode().toStdString());
        auto back = LineShares::decode(s.encode());
        REQUIRE(back.ok());
        CHECK(*back == s);
        CHECK(back->encode() == s.encode());
    }
    auto empty = LineShares::decode(QString());  // a NULL column reads as no shares
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

TEST_CASE("Damaged share text is reported, not guessed at", "[sales][shares]")
{
    const char* const damaged[] = {
        "1",                          // no amount
        "1:",                         // empty amount
        ":500",                       // no payment
        "1:500:",                     // empty points
        "1:500:3:4",                  // a fourth field
        "1:500;",                     // an empty entry
        ";1:500",
        "1:500;;2:3",
        "2:300;1:500",                // out of payment order
        "1:500;1:200",                // one payment twice
        "0:500",                      // payments are numbered from 1
        "-1:500",
        "+1:500",                     // signs, spaces, leading zeros: not the written form
        "1:+500",
        " 1:500",
        "1:500 ",
        "1: 500",
        "01:500",
        "1:0500",
        "1:-0",
        "1:500:0",                    // zero points are not written
        "1:0",                        // nor a share of nothing
        "1:0:0",
        "1:5.5",                      // fractions of a fen
        "1:1e3",
        "1:abc",
        "1:9223372036854775808",      // past 64 bits
        "2147483648:5",               // a payment number past int
        "1,500",
        "１:500",                     // a full-width digit
    };
    for (const char* text : damaged) {
        INFO(text);
        auto r = LineShares::decode(QString::fromUtf8(text));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::StoreDamaged);
        CHECK(r.error().message.contains(QString::fromUtf8(text)));
    }
    CHECK_THROWS_AS(LineShares::decodeOrThrow(QStringLiteral("1:")), StoreException);
    CHECK(LineShares::decodeOrThrow(QStringLiteral("1:5")).of(1).amountMinor == 5);
}
