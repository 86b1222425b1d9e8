#include "TestEnv.h"

#include "money/Money.h"

using namespace patron;

TEST_CASE("Money parses amounts without floating point", "[money]")
{
    const QString cny = QStringLiteral("CNY");
    CHECK(Money::parse(QStringLiteral("12.50"), cny)->minor() == 1250);
    CHECK(Money::parse(QStringLiteral("12.5"), cny)->minor() == 1250);
    CHECK(Money::parse(QStringLiteral("12"), cny)->minor() == 1200);
    CHECK(Money::parse(QStringLiteral(".05"), cny)->minor() == 5);
    CHECK(Money::parse(QStringLiteral("-3.05"), cny)->minor() == -305);
    CHECK(Money::parse(QStringLiteral("\uFFE5 8.80"), cny)->minor() == 880);
    CHECK(Money::parse(QStringLiteral("１２．５０"), cny)->minor() == 1250);  // full-width from an IME
    CHECK(Money::parse(QStringLiteral("0.1"), cny)->minor() == 10);
    // 0.1 + 0.2 style errors cannot happen: 19.99 is exactly 1999.
    CHECK(Money::parse(QStringLiteral("19.99"), cny)->minor() == 1999);
    CHECK(Money::parse(QStringLiteral("500"), QStringLiteral("JPY"))->minor() == 500);

    for (const char* bad : {"", "abc", "1.2.3", "1.234", "12,50", "--1", "1e5", "."}) {
        auto r = Money::parse(QString::fromLatin1(bad), cny);
        INFO(bad);
        CHECK_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
    }
    CHECK_FALSE(Money::parse(QStringLiteral("1.5"), QStringLiteral("JPY")).ok());
}

TEST_CASE("Money formats with the full-width yuan sign", "[money]")
{
    CHECK(Money(1250, QStringLiteral("CNY")).toDisplayString() == QStringLiteral("\uFFE512.50"));
    CHECK(Money(-5, QStringLiteral("CNY")).toDisplayString() == QStringLiteral("-\uFFE50.05"));
    CHECK(Money(0, QStringLiteral("CNY")).toPlainString() == QStringLiteral("0.00"));
    CHECK(Money(500, QStringLiteral("JPY")).toPlainString() == QStringLiteral("500"));
    CHECK(Money(123456789, QStringLiteral("USD")).toDisplayString() == QStringLiteral("$1234567.89"));
}

TEST_CASE("Cash rounding (抹零) to jiao and yuan", "[money]")
{
    CHECK(roundCash(1287, CashRounding::None) == 1287);
    CHECK(roundCash(1287, CashRounding::JiaoDown) == 1280);
    CHECK(roundCash(1287, CashRounding::YuanDown) == 1200);
    CHECK(roundCash(1285, CashRounding::JiaoHalfUp) == 1290);
    CHECK(roundCash(1284, CashRounding::JiaoHalfUp) == 1280);
    CHECK(roundCash(1250, CashRounding::YuanHalfUp) == 1300);
    CHECK(roundCash(1249, CashRounding::YuanHalfUp) == 1200);
    CHECK(roundCash(-1287, CashRounding::JiaoDown) == -1280);  // refunds round toward zero too
}

TEST_CASE("Basis points and weighed quantities round half away from zero", "[money]")
{
    CHECK(applyBasisPoints(1000, 850) == 85);      // 8.5% of 10.00
    CHECK(applyBasisPoints(999, 500) == 50);       // 49.95 -> 50
    CHECK(applyBasisPoints(-999, 500) == -50);
    CHECK(applyBasisPoints(1, 4999) == 0);
    CHECK(multiplyMilli(2580, 525) == 1355);       // 25.80/kg x 0.525 kg = 13.545 -> 13.55
    CHECK(multiplyMilli(199, 3000) == 597);
    CHECK(normalizeDigits(QStringLiteral("６９０１２３")) == QStringLiteral("690123"));
}
