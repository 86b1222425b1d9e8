#pragma once
// Top and bottom sellers from sum_product_month plus the sale lines not rolled up into it yet
// (ProductMonthRollup), so the figures are exact. That table is kept per calendar month, so a
// ranking is always over whole months: ask with a MonthRange (MonthRange::covering widens a day
// range to the months it touches) and show the months used. Only products that sold (or were
// returned) in those months are ranked; a product that never sold is not "bottom".

#include "common/Result.h"
#include "reports/DateRange.h"

#include <QHash>
#include <QList>
#include <QString>

namespace patron {

class Database;

struct ProductSales {
    qint64 productId = 0;
    QString sku;
    QString name;
    QString categoryPath;
    qint64 qtyMilli = 0;
    qint64 netMinor = 0;
};

enum class RankOrder { Top, Bottom };

class ProductRanking {
public:
    explicit ProductRanking(Database& db) : m_db(db) {}

    // The `limit` products with the highest (Top) or lowest (Bottom) net sales; ties by SKU.
    // InvalidInput for a limit below 1.
    Result<QList<ProductSales>> rank(const MonthRange& months, RankOrder order, int limit) const;
    // Quantity and net of each listed product over the months (zeros for one that did not
    // sell), keyed by product id: the previous period beside a ranking. A seek per product.
    Result<QHash<qint64, ProductSales>> totalsFor(const MonthRange& months, const QList<qint64>& productIds) const;

private:
    Database& m_db;
};

} // namespace patron
