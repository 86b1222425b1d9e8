#pragma once
// Barcode classification: EAN-13, EAN-8 and UPC-A with their check digits, and everything else
// as a store-internal code. Pure functions; products are looked up elsewhere by BarcodeInfo::key.

#include "common/Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace patron {

enum class BarcodeKind {
    Ean13,
    Ean8,
    UpcA,
    Internal,  // any other code the shop prints or types (PLU, 货号, Code 128 labels)
};

struct BarcodeInfo {
    QString normalized;  // as scanned, trimmed, full-width characters folded to ASCII
    // The product lookup key. A UPC-A code and the same code read as EAN-13 with a leading 0 are
    // one product (scanners are configured either way), so a UPC-A's key is its 13-digit form.
    // For every other kind the key is `normalized`.
    QString key;
    BarcodeKind kind = BarcodeKind::Internal;

    // EAN-13 prefixes 20-29 (and UPC-A number system 2) are for in-store use: scale labels and
    // codes the shop prints itself. Not valid across shops.
    bool isInStoreRange() const;
};

// Folds full-width ASCII (from a Chinese IME, e.g. "６９０１" or "ＡＢ") and the ideographic
// space to ASCII, so what a scanner or cashier sends compares equal to what was stored.
QString foldFullWidth(const QString& text);
// foldFullWidth, then trimmed: the form every code is compared in.
QString normalizeCodeText(const QString& text);

// Classifies a scanned or typed code. A code of 8, 12 or 13 digits must carry a correct GS1
// check digit: a wrong one is InvalidInput (a misread or mistyped code, to rescan), never a
// silent lookup miss. Empty codes, whitespace or control characters inside, and codes longer
// than 64 characters are InvalidInput too.
Result<BarcodeInfo> classifyBarcode(const QString& code);

// The GS1 check digit for the data digits (everything but the check digit): weights 3,1,3,...
// from the rightmost data digit, check = (10 - sum mod 10) mod 10. nullopt unless all digits.
// Works for any length, so it also serves 18-digit scale labels.
std::optional<int> gs1CheckDigit(QStringView dataDigits);

// True when `digits` (data + check digit) carries a correct GS1 check digit.
bool hasValidGs1CheckDigit(QStringView digits);

// Appends the check digit, for generating in-store codes: "690123456789" → "6901234567892".
// InvalidInput unless 7, 11 or 12 digits (the data of an EAN-8, UPC-A or EAN-13).
Result<QString> appendGs1CheckDigit(const QString& dataDigits);

QString barcodeKindName(BarcodeKind kind);  // "ean13", "ean8", "upca", "internal" (stable)

} // namespace patron
