#pragma once
// A cart as the till holds it: lines with their price source and manual discounts, the attached
// member, order discount and coupons. Prices are not computed here: see PricingEngine.

#include "common/Uuid.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace patron {

enum class PriceSource { List, Override, Label, Open };
QString priceSourceCode(PriceSource s);
PriceSource priceSourceFromCode(const QString& code);

struct CartLine {
    qint64 id = 0;
    int position = 0;           // order in the cart; printed line numbers follow it
    qint64 productId = 0;
    // Product facts the pricing needs (loaded with the cart).
    QString sku, name, unit;
    qint64 categoryId = 0;
    qint64 retailMinor = 0;
    std::optional<qint64> memberPriceMinor;
    qint64 costMinor = 0;
    int taxBp = 0;
    bool weighed = false;

    qint64 qtyMilli = 1000;
    PriceSource priceSource = PriceSource::List;
    qint64 unitPriceMinor = 0;               // Override/Open: the price given; List: retail
    std::optional<qint64> labelAmountMinor;  // scale label: the line's amount is fixed by the label
    int discountBp = 0;                      // manual line discount
    qint64 discountMinor = 0;
    QString scannedCode;
    QString authorizedBy;                    // manager who authorised an override or discount
};

enum class CartStatus { Open, Held, Completed, Voided };

struct Cart {
    qint64 id = 0;
    Uuid uuid;
    CartStatus status = CartStatus::Open;
    QString cashier;
    std::optional<qint64> memberId;
    QString holdNote;
    int orderDiscountBp = 0;
    qint64 orderDiscountMinor = 0;
    QStringList coupons;
    QList<CartLine> lines;
    QString createdAt, updatedAt;
    bool isEmpty() const { return lines.isEmpty(); }
};

} // namespace patron
