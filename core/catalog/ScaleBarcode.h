#pragma once
// Scale labels (条码秤): configurable layouts of in-store barcodes that carry a PLU plus a price
// and/or a weight, and the parser that reads a scanned label with them.

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace patron {

// One label layout, stored per store as JSON, e.g.
//   {"name": "13-digit price", "flags": ["20", "21"], "pattern": "FFCCCCCMMMMMK"}
//   {"name": "18-digit", "flags": ["26"], "pattern": "FFCCCCCMMMMMWWWWWK"}
// `pattern` has one letter per digit of the label:
//   F flag (the label's leading digits, one of `flags`)   C PLU (product's scale code)
//   M amount in minor units (fen)   W weight in grams (= thousandths of a kg)
//   X a digit the till ignores (e.g. a scale's own price check digit)
//   K the GS1 check digit over all digits before it (at most one, and last)
// Scales differ by brand and by how the shop set them up, so none of this is hard-coded.
struct ScaleLayout {
    QString name;
    QStringList flags;
    QString pattern;

    int length() const { return int(pattern.size()); }
    // True when `digits` has this layout's length and starts with one of its flags.
    bool claims(const QString& digits) const;

    // InvalidInput with a translated message when the description is not a usable layout.
    static Result<ScaleLayout> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    // The store setting holds a JSON array of layouts. Two layouts that could claim the same
    // label (same length, a shared flag) are refused: which one wins would be a guess.
    static Result<QList<ScaleLayout>> listFromJson(const QByteArray& json);
    static QByteArray listToJson(const QList<ScaleLayout>& layouts);

    // What a new store starts with: 13-digit price labels with flags 20-22 (as most Chinese
    // scales ship) and 18-digit amount + weight labels with flag 26.
    static QList<ScaleLayout> defaults();
};

// A parsed scale label.
struct ScaleLabel {
    QString code;         // the whole label as scanned (normalised digits)
    QString layoutName;   // which layout read it
    QString flag;
    QString plu;          // as printed, leading zeros kept: match it against the product's PLU
    std::optional<qint64> amountMinor;  // the label's total price, when the layout has M digits
    std::optional<qint64> weightMilli;  // grams, when the layout has W digits
};

// Reads `code` with the first layout that claims it.
// NotFound: no layout claims it, or it is not all digits (so it is not a scale label: try it
// as a product barcode). InvalidInput: a layout claims it but its check digit is wrong.
Result<ScaleLabel> parseScaleLabel(const QString& code, const QList<ScaleLayout>& layouts);

} // namespace patron
