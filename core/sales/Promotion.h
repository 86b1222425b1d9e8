#pragma once
// A promotion: percent or amount off, N for a price (multibuy), or buy X get Y free, on a product
// or a category, within a date range, weekdays and a time of day, optionally for members only.

#include <QDateTime>
#include <QString>
#include <QTime>

namespace patron {

enum class PromotionKind { Percent, Amount, Multibuy, BuyXGetY };
enum class PromotionScope { Product, Category };

QString promotionKindCode(PromotionKind k);
bool promotionKindFromCode(const QString& code, PromotionKind* out);

struct Promotion {
    qint64 id = 0;
    QString name;
    PromotionKind kind = PromotionKind::Percent;
    PromotionScope scope = PromotionScope::Product;
    qint64 targetId = 0;          // product or category id
    int percentBp = 0;            // Percent: 2000 = 20% off
    qint64 amountMinor = 0;       // Amount: off each unit (weighed goods: off each kg)
    int buyQty = 0;               // Multibuy: buyQty for bundlePriceMinor; BuyXGetY: buy buyQty …
    int getQty = 0;               // … get getQty free
    qint64 bundlePriceMinor = 0;
    QDateTime startsAt, endsAt;   // invalid: open-ended
    QString weekdays = QStringLiteral("1234567");  // Monday = 1
    QTime timeFrom, timeTo;       // invalid: all day
    bool memberOnly = false;
    bool active = true;

    bool appliesAt(const QDateTime& at, bool hasMember) const;
    // Empty when the terms are valid (name, amounts for the kind, window, weekdays), else a
    // translated reason. Whether the target exists is the caller's to check.
    QString problem() const;
};

} // namespace patron
