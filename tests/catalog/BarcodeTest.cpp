#include "TestEnv.h"

#include "catalog/Barcode.h"

using namespace patron;

namespace {
// Codes with their check digits as published in the GS1 General Specifications and the
// symbologies' reference examples, not computed by the code under test.
struct Known {
    const char* code;
    BarcodeKind kind;
};
const Known kKnownGood[] = {
    {"6901234567892", BarcodeKind::Ean13},  // Chinese prefix 690
    {"4006381333931", BarcodeKind::Ean13},
    {"5901234123457", BarcodeKind::Ean13},
    {"036000291452", BarcodeKind::UpcA},
    {"012345678905", BarcodeKind::UpcA},
    {"40063812", BarcodeKind::Ean8},
    {"96385074", BarcodeKind::Ean8},
};
} // namespace

TEST_CASE("Published EAN-13, UPC-A and EAN-8 codes classify with their kind", "[barcode]")
{
    for (const Known& k : kKnownGood) {
        INFO(k.code);
        auto r = classifyBarcode(QString::fromLatin1(k.code));
        REQUIRE_OK(r);
        CHECK(r->kind == k.kind);
        CHECK(r->normalized == QString::fromLatin1(k.code));
        CHECK(hasValidGs1CheckDigit(QString::fromLatin1(k.code)));
    }
}

TEST_CASE("The check digit is computed per the GS1 weights", "[barcode]")
{
    for (const Known& k : kKnownGood) {
        const QString code = QString::fromLatin1(k.code);
        INFO(k.code);
        CHECK(gs1CheckDigit(QStringView(code).chopped(1)) == code.back().unicode() - u'0');
    }
    // Worked by hand: "12" → 2·3 + 1·1 = 7 → (10 − 7) mod 10 = 3; "0" → 0; "5" → 5·3 = 15 → 5.
    CHECK(gs1CheckDigit(u"12") == 3);
    CHECK(gs1CheckDigit(u"0") == 0);
    CHECK(gs1CheckDigit(u"5") == 5);
    CHECK_FALSE(gs1CheckDigit(u"").has_value());
    CHECK_FALSE(gs1CheckDigit(u"12a").has_value());

    CHECK(*appendGs1CheckDigit(QStringLiteral("690123456789")) == QStringLiteral("6901234567892"));
    CHECK(*appendGs1CheckDigit(QStringLiteral("03600029145")) == QStringLiteral("036000291452"));
    CHECK(*appendGs1CheckDigit(QStringLiteral("4006381")) == QStringLiteral("40063812"));
    for (const char* bad : {"", "12345", "69012345678A", "6901234567890", "690123456789 "}) {
        INFO(bad);
        auto r = appendGs1CheckDigit(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
    }
}

TEST_CASE("Every single-digit error in a GS1 code is a clear error, not a lookup miss", "[barcode]")
{
    // The GS1 check digit detects every single substituted digit: each one must be refused.
    for (const Known& k : kKnownGood) {
        const QString good = QString::fromLatin1(k.code);
        for (qsizetype pos = 0; pos < good.size(); ++pos) {
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                if (good[pos] == QChar(d))
                    continue;
                QString bad = good;
                bad[pos] = QChar(d);
                INFO(bad.toStdString());
                auto r = classifyBarcode(bad);
                REQUIRE_FALSE(r.ok());
                CHECK(r.code() == ErrorCode::InvalidInput);
                CHECK(r.message().contains(bad));
            }
        }
    }
    auto r = classifyBarcode(QStringLiteral("6901234567893"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.message().contains(QStringLiteral("EAN-13")));
    CHECK(r.message().contains(QStringLiteral("2")));  // tells what the check digit should be
}

TEST_CASE("Full-width digits from a Chinese IME are normalised first", "[barcode]")
{
    auto r = classifyBarcode(QStringLiteral("６９０１２３４５６７８９２"));
    REQUIRE_OK(r);
    CHECK(r->kind == BarcodeKind::Ean13);
    CHECK(r->normalized == QStringLiteral("6901234567892"));
    CHECK(r->key == QStringLiteral("6901234567892"));

    auto internal = classifyBarcode(QStringLiteral("  ＡＢ－１２\u3000"));
    REQUIRE_OK(internal);
    CHECK(internal->kind == BarcodeKind::Internal);
    CHECK(internal->normalized == QStringLiteral("AB-12"));
    CHECK(normalizeCodeText(QStringLiteral("\u3000０１２\n")) == QStringLiteral("012"));
}

TEST_CASE("UPC-A and its EAN-13 form share one lookup key", "[barcode]")
{
    auto upc = classifyBarcode(QStringLiteral("036000291452"));
    auto ean = classifyBarcode(QStringLiteral("0036000291452"));
    REQUIRE_OK(upc);
    REQUIRE_OK(ean);
    CHECK(upc->kind == BarcodeKind::UpcA);
    CHECK(ean->kind == BarcodeKind::Ean13);
    CHECK(upc->normalized == QStringLiteral("036000291452"));
    CHECK(upc->key == QStringLiteral("0036000291452"));
    CHECK(upc->key == ean->key);
    auto ean8 = classifyBarcode(QStringLiteral("40063812"));
    CHECK(ean8->key == QStringLiteral("40063812"));
}

TEST_CASE("Other codes pass through as internal codes", "[barcode]")
{
    for (const char* code : {"12345", "1234567", "1234567890", "12345678901234", "ABC-123",
                             "p0001", "69012345678921", "R123"}) {
        INFO(code);
        auto r = classifyBarcode(QString::fromLatin1(code));
        REQUIRE_OK(r);
        CHECK(r->kind == BarcodeKind::Internal);
        CHECK(r->key == QString::fromLatin1(code));
        CHECK_FALSE(r->isInStoreRange());
    }
    // Letters make it internal even at a GS1 length: no check digit is demanded.
    auto letters = classifyBarcode(QStringLiteral("690123456789X"));
    REQUIRE_OK(letters);
    CHECK(letters->kind == BarcodeKind::Internal);
}

TEST_CASE("Malformed input is refused with a clear error", "[barcode]")
{
    for (const QString& bad : {QString(), QStringLiteral("   "), QStringLiteral("12 34"),
                               QStringLiteral("12\t34"), QStringLiteral("12\u000134"),
                               QString(65, u'A')}) {
        INFO(bad.toStdString());
        auto r = classifyBarcode(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
        CHECK_FALSE(r.message().isEmpty());
    }
    CHECK(classifyBarcode(QString(64, u'A')).ok());
}

TEST_CASE("In-store range is prefix 20-29 (EAN-13) or number system 2 (UPC-A)", "[barcode]")
{
    CHECK(classifyBarcode(QStringLiteral("2110001005008"))->isInStoreRange());
    CHECK_FALSE(classifyBarcode(QStringLiteral("6901234567892"))->isInStoreRange());
    CHECK(classifyBarcode(*appendGs1CheckDigit(QStringLiteral("21234567890")))->isInStoreRange());
    CHECK_FALSE(classifyBarcode(QStringLiteral("036000291452"))->isInStoreRange());
    CHECK(barcodeKindName(BarcodeKind::UpcA) == QStringLiteral("upca"));
}
