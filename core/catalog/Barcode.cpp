#include "catalog/Barcode.h"

#include "money/Money.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct BarcodeTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Barcode)
};

namespace {

// Longer than any symbology a till meets (GS1-128 carries 48 data characters); anything longer
// is a stuck key or a pasted paragraph, not a code.
constexpr int kMaxCodeLength = 64;

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QString kindLabel(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Ean13: return BarcodeTr::tr("EAN-13");
    case BarcodeKind::Ean8: return BarcodeTr::tr("EAN-8");
    case BarcodeKind::UpcA: return BarcodeTr::tr("UPC-A");
    case BarcodeKind::Internal: return BarcodeTr::tr("internal");
    }
    return {};
}

} // namespace

bool BarcodeInfo::isInStoreRange() const
{
    return (kind == BarcodeKind::Ean13 || kind == BarcodeKind::UpcA) && normalized.startsWith(u'2');
}

QString foldFullWidth(const QString& text)
{
    QString out = normalizeDigits(text);
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)  // full-width ASCII block maps 1:1 onto 0x21-0x7E
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)  // ideographic space
            c = QChar(u' ');
    }
    return out;
}

QString normalizeCodeText(const QString& text)
{
    return foldFullWidth(text).trimmed();
}

std::optional<int> gs1CheckDigit(QStringView dataDigits)
{
    if (!allDigits(dataDigits))
        return std::nullopt;
    int sum = 0;
    int weight = 3;  // the rightmost data digit weighs 3
    for (qsizetype i = dataDigits.size() - 1; i >= 0; --i) {
        sum += (dataDigits[i].unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidGs1CheckDigit(QStringView digits)
{
    if (digits.size() < 2 || !allDigits(digits))
        return false;
    const auto expected = gs1CheckDigit(digits.first(digits.size() - 1));
    return expected && *expected == digits.last().unicode() - u'0';
}

Result<QString> appendGs1CheckDigit(const QString& dataDigits)
{
    const qsizetype n = dataDigits.size();
    if (!allDigits(dataDigits) || (n != 7 && n != 11 && n != 12))
        return makeError(ErrorCode::InvalidInput,
                         BarcodeTr::tr("\"%1\" is not the data of an EAN-8, UPC-A or EAN-13 code "
                                "(7, 11 or 12 digits).")
                             .arg(dataDigits));
    return QString(dataDigits + QString::number(*gs1CheckDigit(dataDigits)));
}

Result<BarcodeInfo> classifyBarcode(const QString& code)
{
    const QString normalized = normalizeCodeText(code);
    if (normalized.isEmpty())
        return makeError(ErrorCode::InvalidInput, BarcodeTr::tr("The code is empty."));
    if (normalized.size() > kMaxCodeLength)
        return makeError(ErrorCode::InvalidInput,
                         BarcodeTr::tr("The code is longer than %1 characters.").arg(kMaxCodeLength));
    for (QChar c : normalized)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return makeError(ErrorCode::InvalidInput,
                             BarcodeTr::tr("\"%1\" contains spaces or control characters, so it is not "
                                    "a code.")
                                 .arg(normalized.simplified()));

    BarcodeInfo info{normalized, normalized, BarcodeKind::Internal};
    if (!allDigits(normalized))
        return info;
    switch (normalized.size()) {
    case 13: info.kind = BarcodeKind::Ean13; break;
    case 12: info.kind = BarcodeKind::UpcA; info.key = QChar(u'0') + normalized; break;
    case 8: info.kind = BarcodeKind::Ean8; break;
    default: return info;
    }
    if (!hasValidGs1CheckDigit(normalized)) {
        const int expected = *gs1CheckDigit(QStringView(normalized).chopped(1));
        return makeError(ErrorCode::InvalidInput,
                         BarcodeTr::tr("%1 code %2 has a wrong check digit (it should end in %3): "
                                "scan or type it again.")
                             .arg(kindLabel(info.kind), normalized, QString::number(expected)));
    }
    return info;
}

QString barcodeKindName(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Ean13: return QStringLiteral("ean13");
    case BarcodeKind::Ean8: return QStringLiteral("ean8");
    case BarcodeKind::UpcA: return QStringLiteral("upca");
    case BarcodeKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace patron
