#pragma once
// A product as the till sells it. Money in minor units, tax in basis points.

#include "common/Uuid.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace patron {

struct Product {
    qint64 id = 0;
    Uuid uuid;
    QString sku;         // 货号, unique
    QString plu;         // optional; goods without a barcode and scale labels use it
    QString name;
    QString initials;    // 助记码 as shown (first pinyin variant, or the shop's own)
    bool initialsCustom = false;
    qint64 categoryId = 0;
    QString categoryPath;
    QString unit;
    qint64 priceMinor = 0;
    std::optional<qint64> memberPriceMinor;
    qint64 costMinor = 0;
    int taxBp = 0;
    bool weighed = false;    // sold by weight (quantity in thousandths of a kg)
    bool openPrice = false;  // the till asks for the price
    bool active = true;
    QStringList barcodes;    // lookup keys
};

// A category of the tree, by its full path ("饮料/碳酸饮料").
struct ProductCategory {
    qint64 id = 0;
    QString path;
};

// What a caller may set when adding or editing; unset fields keep their value on edit.
struct ProductInput {
    std::optional<QString> sku, plu, name, initials, categoryPath, unit;
    std::optional<qint64> priceMinor, costMinor;
    std::optional<std::optional<qint64>> memberPriceMinor;  // set to nullopt inside to clear
    std::optional<int> taxBp;
    std::optional<bool> weighed, openPrice, active;
    std::optional<QStringList> barcodes;  // replaces the product's barcodes
};

} // namespace patron
