#include "till/TillFormat.h"

#include "money/Money.h"
#include "sales/receipt/ReceiptDocument.h"

#include <QRegularExpression>

namespace patron::ui {

namespace {
// Digits with an optional fraction of at most `decimals` digits, as thousandths or fen.
std::optional<qint64> parseFixed(const QString& text, int decimals)
{
    const QString t = normalizeDigits(text).trimmed();
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:\\.(\\d*))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch() || m.captured(2).size() > decimals)
        return std::nullopt;
    qint64 value = m.captured(1).toLongLong();
    QString frac = m.captured(2);
    frac = frac.leftJustified(decimals, QLatin1Char('0'));
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    return value + (decimals > 0 ? frac.toLongLong() : 0);
}
} // namespace

QString yuan(qint64 minor) { return Money(minor, QStringLiteral("CNY")).toDisplayString(); }

QString quantityText(qint64 qtyMilli, bool weighed)
{
    if (!weighed && qtyMilli % 1000 == 0)
        return QString::number(qtyMilli / 1000);
    return QStringLiteral("%1.%2").arg(qtyMilli / 1000).arg(qtyMilli % 1000, 3, 10, QLatin1Char('0'));
}

std::optional<qint64> parseYuan(const QString& text) { return parseFixed(text, 2); }

std::optional<qint64> parseQuantity(const QString& text)
{
    auto q = parseFixed(text, 3);
    if (q && *q == 0)
        return std::nullopt;
    return q;
}

QString maskedMobile(const QString& mobile) { return maskMobile(mobile); }

} // namespace patron::ui
