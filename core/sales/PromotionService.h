#pragma once
// Stores promotions and finds the ones that may apply to a cart.

#include "common/Result.h"
#include "sales/Promotion.h"

#include <QList>

namespace patron {

struct Cart;
struct SalesContext;
struct Session;

class PromotionService {
public:
    explicit PromotionService(SalesContext& ctx) : m_ctx(ctx) {}

    Result<Promotion> add(const Session& actor, Promotion promotion);
    // Changes a promotion that has not ended (the same checks as add), with audit and event.
    Result<Promotion> update(const Session& actor, Promotion promotion);
    Result<void> end(const Session& actor, qint64 id);
    Result<QList<Promotion>> list(bool activeOnly) const;
    // Active promotions on the cart's products or their categories (time windows are checked by
    // the pricing engine). Throws StoreException.
    QList<Promotion> candidatesFor(const Cart& cart) const;

private:
    SalesContext& m_ctx;
};

} // namespace patron
