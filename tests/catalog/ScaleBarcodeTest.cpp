#include "TestEnv.h"

#include "catalog/ScaleBarcode.h"

using namespace patron;

// Labels below carry check digits worked out by hand with the GS1 rule (weights 3,1,3,… from
// the rightmost data digit), e.g. 211000100500: 3·(0+5+0+0+0+1)+1·(0+0+0+1+1+2) = 22 → 8.

TEST_CASE("13-digit price label: flag, PLU and price in fen", "[scale]")
{
    auto r = parseScaleLabel(QStringLiteral("2110001005008"), ScaleLayout::defaults());
    REQUIRE_OK(r);
    CHECK(r->flag == QStringLiteral("21"));
    CHECK(r->plu == QStringLiteral("10001"));
    CHECK(r->amountMinor == 500);  // ￥5.00
    CHECK_FALSE(r->weightMilli.has_value());
    CHECK(r->code == QStringLiteral("2110001005008"));
}

TEST_CASE("18-digit label: amount and weight", "[scale]")
{
    auto r = parseScaleLabel(QStringLiteral("261000101250005007"), ScaleLayout::defaults());
    REQUIRE_OK(r);
    CHECK(r->flag == QStringLiteral("26"));
    CHECK(r->plu == QStringLiteral("10001"));
    CHECK(r->amountMinor == 1250);  // ￥12.50
    CHECK(r->weightMilli == 500);   // 0.500 kg
}

TEST_CASE("A wrong check digit on a scale label is a clear error", "[scale]")
{
    for (const char* bad : {"2110001005009", "2110001005003", "261000101250005008",
                            "261000101250005017"}) {
        INFO(bad);
        auto r = parseScaleLabel(QString::fromLatin1(bad), ScaleLayout::defaults());
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
        CHECK(r.message().contains(QString::fromLatin1(bad)));
    }
}

TEST_CASE("Codes no layout claims are not scale labels", "[scale]")
{
    const auto layouts = ScaleLayout::defaults();
    // A valid EAN-13 of a manufacturer; flag 25 (valid check digit 6) is not configured;
    // flag 21 but 12 digits; 18 digits with flag 27.
    for (const char* code : {"6901234567892", "2510001005006", "211000100500",
                             "271000101250005006"}) {
        INFO(code);
        auto r = parseScaleLabel(QString::fromLatin1(code), layouts);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::NotFound);
    }
    // Right length and flag, but letters: not a label (an internal code, maybe).
    auto letters = parseScaleLabel(QStringLiteral("21100010050A8"), layouts);
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.code() == ErrorCode::NotFound);
    CHECK(parseScaleLabel(QStringLiteral("2110001005008"), {}).code() == ErrorCode::NotFound);
}

TEST_CASE("Store-defined layouts: weight labels, ignored digits, one-digit flags", "[scale]")
{
    auto layouts = ScaleLayout::listFromJson(R"([
        {"name": "weight", "flags": ["23"], "pattern": "FFCCCCCWWWWWK"},
        {"name": "price with scale check", "flags": ["24"], "pattern": "ffcccccxmmmmk"},
        {"name": "no check digit", "flags": "9", "pattern": "FCCCMMMM"}
    ])");
    REQUIRE_OK(layouts);
    REQUIRE(layouts->size() == 3);

    // 23 00123 01250 + check 7: PLU 00123 (leading zeros kept), 1.250 kg.
    auto weighed = parseScaleLabel(QStringLiteral("2300123012507"), *layouts);
    REQUIRE_OK(weighed);
    CHECK(weighed->layoutName == QStringLiteral("weight"));
    CHECK(weighed->plu == QStringLiteral("00123"));
    CHECK(weighed->weightMilli == 1250);
    CHECK_FALSE(weighed->amountMinor.has_value());

    // 24 12345 [7] 0150 + check 0: the scale's own price check digit 7 is skipped.
    auto priced = parseScaleLabel(QStringLiteral("2412345701500"), *layouts);
    REQUIRE_OK(priced);
    CHECK(priced->plu == QStringLiteral("12345"));
    CHECK(priced->amountMinor == 150);

    // Without K nothing is checked: any digits are accepted.
    auto unchecked = parseScaleLabel(QStringLiteral("91230999"), *layouts);
    REQUIRE_OK(unchecked);
    CHECK(unchecked->plu == QStringLiteral("123"));
    CHECK(unchecked->amountMinor == 999);

    // Full-width digits are normalised like every other scan.
    auto fullWidth = parseScaleLabel(QStringLiteral("２３００１２３０１２５０７"), *layouts);
    REQUIRE_OK(fullWidth);
    CHECK(fullWidth->weightMilli == 1250);
}

TEST_CASE("Scale layouts round-trip through the store setting's JSON", "[scale]")
{
    const auto defaults = ScaleLayout::defaults();
    auto back = ScaleLayout::listFromJson(ScaleLayout::listToJson(defaults));
    REQUIRE_OK(back);
    REQUIRE(back->size() == defaults.size());
    for (qsizetype i = 0; i < defaults.size(); ++i) {
        CHECK((*back)[i].name == defaults[i].name);
        CHECK((*back)[i].flags == defaults[i].flags);
        CHECK((*back)[i].pattern == defaults[i].pattern);
    }
    CHECK(defaults[0].pattern == QStringLiteral("FFCCCCCMMMMMK"));
    CHECK(defaults[1].pattern == QStringLiteral("FFCCCCCMMMMMWWWWWK"));
}

TEST_CASE("Unusable layout descriptions are refused with a reason", "[scale]")
{
    const char* bad[] = {
        "{",                                                          // not JSON
        R"({"flags": ["21"], "pattern": "FFCCCCCMMMMMK"})",           // not a list
        R"([1])",                                                     // not an object
        R"([{"flags": ["21"], "pattern": "FFCCCCCQMMMMK"}])",         // unknown letter
        R"([{"flags": ["21"], "pattern": "FFCCCCCMMMMKM"}])",         // K not last
        R"([{"flags": ["21"], "pattern": "FFMMMMMMMMMMK"}])",         // no PLU
        R"([{"flags": ["21"], "pattern": "FFCCCCCXXXXXK"}])",         // no amount or weight
        R"([{"flags": ["21"], "pattern": "CCCCCCCMMMMMK"}])",         // no flag digits
        R"([{"flags": [], "pattern": "FFCCCCCMMMMMK"}])",             // no flags
        R"([{"flags": [21], "pattern": "FFCCCCCMMMMMK"}])",           // flag as a number
        R"([{"flags": ["210"], "pattern": "FFCCCCCMMMMMK"}])",        // flag width ≠ F count
        R"([{"flags": ["2a"], "pattern": "FFCCCCCMMMMMK"}])",         // flag not digits
        R"([{"flags": ["21"], "pattern": ""}])",                      // empty pattern
        R"([{"flags": ["21"], "pattern": "FFCCCCCMMMMMMMMMMMMMMMMMK"}])",  // 25 digits
        R"([{"flags": ["21"], "pattern": "FFCCMMMMMMMMMMMMMK"}])",    // 13 amount digits
        // Two layouts that could both claim a label.
        R"([{"name": "a", "flags": ["20", "21"], "pattern": "FFCCCCCMMMMMK"},
            {"name": "b", "flags": ["21"], "pattern": "FFCCCCCWWWWWK"}])",
        R"([{"name": "a", "flags": ["2"], "pattern": "FCCCCCCMMMMMK"},
            {"name": "b", "flags": ["21"], "pattern": "FFCCCCCWWWWWK"}])",
    };
    for (const char* json : bad) {
        INFO(json);
        auto r = ScaleLayout::listFromJson(QByteArray(json));
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(r.message().isEmpty());
    }
    // The same flag at different lengths is fine: the length tells them apart.
    CHECK(ScaleLayout::listFromJson(R"([{"flags": ["21"], "pattern": "FFCCCCCMMMMMK"},
                                       {"flags": ["21"], "pattern": "FFCCCCCMMMMMWWWWWK"}])")
              .ok());
}
