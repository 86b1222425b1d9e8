#include "money/Money.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MoneyTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Money)
};

namespace {

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

// Division rounding half away from zero.
qint64 divRound(qint64 num, qint64 den)
{
    const qint64 q = num / den;
    const qint64 r = num % den;
    if (2 * (r < 0 ? -r : r) >= den)
        return q + (num < 0 ? -1 : 1);
    return q;
}
} // namespace

QString normalizeDigits(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF0E || u == 0x3002)  // ． and 。 typed as the decimal point
            out += u'.';
        else if (u == 0xFF0D)
            out += u'-';
        else if (u == 0xFF0A)
            out += u'*';
        else
            out += c;
    }
    return out;
}

int Money::decimalsFor(const QString& currency)
{
    if (currency == u"JPY" || currency == u"KRW" || currency == u"VND")
        return 0;
    return 2;
}

QString Money::symbolFor(const QString& currency)
{
    if (currency == u"CNY")
        return QStringLiteral("\uFFE5");
    if (currency == u"USD" || currency == u"HKD" || currency == u"SGD" || currency == u"TWD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("\u20AC");
    if (currency == u"GBP")
        return QStringLiteral("\u00A3");
    return currency + u' ';
}

Result<Money> Money::parse(const QString& input, const QString& currency)
{
    QString text = normalizeDigits(input).trimmed();
    const QString sym = symbolFor(currency).trimmed();
    if (!sym.isEmpty() && text.startsWith(sym))
        text = text.mid(sym.size()).trimmed();
    if (text.startsWith(u'\u00A5'))
        text = text.mid(1).trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    const int decimals = decimalsFor(currency);
    const int dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    auto digitsOnly = [](const QString& s) {
        for (QChar c : s)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    if (text.isEmpty() || (whole.isEmpty() && frac.isEmpty()) || !digitsOnly(whole)
        || !digitsOnly(frac) || (dot >= 0 && frac.isEmpty() && whole.isEmpty()))
        return makeError(ErrorCode::InvalidInput,
                         MoneyTr::tr("\"%1\" is not an amount of money.").arg(input));
    if (frac.size() > decimals)
        return makeError(ErrorCode::InvalidInput,
                         MoneyTr::tr("\"%1\" has more decimal places than %2 allows.").arg(input, currency));
    if (whole.size() > 15)
        return makeError(ErrorCode::InvalidInput, MoneyTr::tr("\"%1\" is too large.").arg(input));
    qint64 minor = (whole.isEmpty() ? 0 : whole.toLongLong()) * pow10(decimals);
    if (!frac.isEmpty())
        minor += frac.toLongLong() * pow10(decimals - int(frac.size()));
    return Money(negative ? -minor : minor, currency);
}

QString Money::toPlainString() const
{
    const int decimals = decimalsFor(m_currency);
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    QString s = QString::number(abs / pow10(decimals));
    if (decimals > 0)
        s += u'.' + QStringLiteral("%1").arg(abs % pow10(decimals), decimals, 10, QChar(u'0'));
    return m_minor < 0 ? u'-' + s : s;
}

QString Money::toDisplayString() const
{
    if (m_minor < 0)
        return u'-' + symbolFor(m_currency) + Money(-m_minor, m_currency).toPlainString();
    return symbolFor(m_currency) + toPlainString();
}

Result<qint64> parseQuantityMilli(const QString& input)
{
    const QString text = normalizeDigits(input).trimmed();
    const int dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    bool digits = !text.isEmpty() && whole.size() <= 9 && frac.size() <= 3 && !(whole.isEmpty() && frac.isEmpty());
    for (QChar c : QString(whole + frac))
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits)
        return makeError(ErrorCode::InvalidInput, MoneyTr::tr("\"%1\" is not a quantity (up to three decimals).").arg(input));
    qint64 milli = (whole.isEmpty() ? 0 : whole.toLongLong()) * 1000;
    if (!frac.isEmpty())
        milli += frac.toLongLong() * pow10(3 - int(frac.size()));
    return milli;
}

qint64 roundCash(qint64 minor, CashRounding mode)
{
    auto down = [](qint64 v, qint64 unit) { return v >= 0 ? v - v % unit : -((-v) - (-v) % unit); };
    auto halfUp = [](qint64 v, qint64 unit) { return divRound(v, unit) * unit; };
    switch (mode) {
    case CashRounding::None: return minor;
    case CashRounding::JiaoDown: return down(minor, 10);
    case CashRounding::YuanDown: return down(minor, 100);
    case CashRounding::JiaoHalfUp: return halfUp(minor, 10);
    case CashRounding::YuanHalfUp: return halfUp(minor, 100);
    }
    return minor;
}

qint64 applyBasisPoints(qint64 amountMinor, qint64 basisPoints)
{
    return divRound(amountMinor * basisPoints, 10000);
}

qint64 multiplyMilli(qint64 priceMinor, qint64 quantityMilli)
{
    return divRound(priceMinor * quantityMilli, 1000);
}

} // namespace patron
