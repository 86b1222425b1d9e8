#include "sales/receipt/ReceiptDocument.h"

namespace patron {

QString maskMobile(const QString& mobile)
{
    QString digits;
    for (QChar c : mobile)
        if (c.isDigit())
            digits += c;
    if (digits.size() == 11)
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    return maskReference(digits);
}

QString maskReference(const QString& reference)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return QString();
    return QStringLiteral("****") + trimmed.right(4);
}

} // namespace patron
