#pragma once
// A promotion head office owns (hq.promotions): the till's promotion terms plus what it applies
// to, named the way every till can resolve it (a product's code, which is the till's SKU, or a
// category path), since tills number their products and categories differently. The JSON form
// is hq.promotions.definition, the contract with the till's PromotionPullHandler.

#include "sales/Promotion.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace patron {

struct HqPromotion {
    QString code;
    // Name, kind, amounts, window, member-only, active. id and targetId mean nothing here.
    Promotion terms;
    PromotionScope scope = PromotionScope::Product;
    QString target;  // product code (SKU) or category path

    // Empty when valid, else a translated reason.
    QString problem() const;
    QJsonObject definition() const;
    // From a pulled hq.promotions row ({"code", "name", "definition", "active"}); nullopt when
    // the definition is not one this version understands.
    static std::optional<HqPromotion> fromRow(const QJsonObject& row);
};

} // namespace patron
