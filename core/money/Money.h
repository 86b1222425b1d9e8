#pragma once
// Money: integer minor units plus an ISO 4217 currency. No floating point touches money anywhere
// in Patron; percentages are basis points (1/100 of a percent).

#include "common/Result.h"

#include <QString>

#include <cstdint>

namespace patron {

class Money {
public:
    Money() = default;
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    // Parses "12", "12.5", "12.50", "-3.05", "￥12.50", "１２.５０" (full-width) into minor units.
    // More decimals than the currency has is an error, never a silent rounding.
    static Result<Money> parse(const QString& text, const QString& currency);
    static int decimalsFor(const QString& currency);  // CNY 2, JPY 0, ...

    qint64 minor() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // "12.50" (no symbol) and "￥12.50" (with the currency's symbol; ￥ is U+FFE5, which a
    // GB18030 printer prints in two bytes, unlike U+00A5).
    QString toPlainString() const;
    QString toDisplayString() const;
    static QString symbolFor(const QString& currency);

    Money operator+(const Money& o) const { return {m_minor + o.m_minor, m_currency}; }
    Money operator-(const Money& o) const { return {m_minor - o.m_minor, m_currency}; }
    Money operator-() const { return {-m_minor, m_currency}; }
    Money& operator+=(const Money& o) { m_minor += o.m_minor; return *this; }
    Money& operator-=(const Money& o) { m_minor -= o.m_minor; return *this; }
    friend bool operator==(const Money&, const Money&) = default;

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("CNY");
};

// Rounding modes for the cash due (抹零): to the jiao (0.10) or the yuan (1.00), always down,
// or half up, as the store chooses.
enum class CashRounding { None, JiaoDown, YuanDown, JiaoHalfUp, YuanHalfUp };

// The amount after 抹零; the difference is recorded as a discount by the caller.
qint64 roundCash(qint64 minor, CashRounding mode);

// amount × basisPoints / 10000, rounded half away from zero, in integer arithmetic.
qint64 applyBasisPoints(qint64 amountMinor, qint64 basisPoints);

// price × quantity in thousandths (weighed goods: 0.525 kg = 525), rounded half up.
qint64 multiplyMilli(qint64 priceMinor, qint64 quantityMilli);

// "2", "0.525", "１.５" as thousandths (weighed goods in kg, pieces in units); more than three
// decimals is an error.
Result<qint64> parseQuantityMilli(const QString& text);

// Full-width digits and punctuation (０-９, ．, －) to ASCII: cashiers on a Chinese IME type them.
QString normalizeDigits(const QString& text);

} // namespace patron
