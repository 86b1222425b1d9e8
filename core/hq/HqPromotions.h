#pragma once
// Promotions maintained at head office (`patron-cli hq promo …`). Every change lands in the
// change log, so each till pulls it (PromotionPullHandler) and applies it to its own sales.

#include "common/Result.h"
#include "hq/HqPromotion.h"

#include <QJsonArray>

namespace patron {

class PgConnection;

class HqPromotions {
public:
    explicit HqPromotions(PgConnection& conn) : m_conn(conn) {}

    // Creates the promotion, or replaces the one with the same code.
    Result<void> save(const HqPromotion& promotion);
    // NotFound when there is no running promotion with this code.
    Result<void> end(const QString& code);
    // hq.promotions rows ({"code", "name", "definition", "active", "updated_at"}), by code.
    Result<QJsonArray> list(bool includeEnded);

private:
    PgConnection& m_conn;
};

} // namespace patron
