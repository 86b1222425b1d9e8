#include "reports/ProductRanking.h"

#include "sales/ProductMonthRollup.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace patron {

struct ProductRankingTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Reports)
};

namespace {

// The months' totals per product, best (or worst) first, ties by SKU: the products kept by the
// summary, grouped in key order (no sort of the whole table), then joined to their names.
constexpr const char* kTopSql =
    "SELECT t.product_id, coalesce(p.sku, ''), coalesce(p.name, ''), coalesce(c.path, ''), t.qty, t.net FROM"
    " (SELECT product_id, sum(qty_milli) AS qty, sum(net_minor) AS net FROM sum_product_month"
    "  WHERE month BETWEEN ? AND ? GROUP BY product_id) t"
    " LEFT JOIN products p ON p.id = t.product_id LEFT JOIN categories c ON c.id = p.category_id"
    " ORDER BY t.net DESC, p.sku LIMIT ?";
constexpr const char* kBottomSql =
    "SELECT t.product_id, coalesce(p.sku, ''), coalesce(p.name, ''), coalesce(c.path, ''), t.qty, t.net FROM"
    " (SELECT product_id, sum(qty_milli) AS qty, sum(net_minor) AS net FROM sum_product_month"
    "  WHERE month BETWEEN ? AND ? GROUP BY product_id) t"
    " LEFT JOIN products p ON p.id = t.product_id LEFT JOIN categories c ON c.id = p.category_id"
    " ORDER BY t.net ASC, p.sku LIMIT ?";

// One product's summed months and its name, for a product that sold since the last roll-up.
ProductSales rolledFigures(Database& db, qint64 productId, const MonthRange& months)
{
    ProductSales r;
    r.productId = productId;
    Statement s = db.cached(
        "SELECT coalesce(sum(qty_milli), 0), coalesce(sum(net_minor), 0) FROM sum_product_month"
        " WHERE product_id = ? AND month BETWEEN ? AND ?");
    s.bindAll(productId, months.firstKey(), months.lastKey());
    if (s.step()) {
        r.qtyMilli = s.int64(0);
        r.netMinor = s.int64(1);
    }
    s.reset();
    Statement n = db.cached(
        "SELECT p.sku, p.name, coalesce(c.path, '') FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = ?");
    n.bind(1, productId);
    if (n.step()) {
        r.sku = n.text(0);
        r.name = n.text(1);
        r.categoryPath = n.text(2);
    }
    return r;
}

} // namespace

Result<QList<ProductSales>> ProductRanking::rank(const MonthRange& months, RankOrder order, int limit) const
{
    if (limit < 1)
        return makeError(ErrorCode::InvalidInput, ProductRankingTr::tr("The number of products must be at least 1."));
    return guarded([&] {
        // Lines sold since the last roll-up change some products' totals. Every other product's
        // total is final, and at most `pending.size()` products can move ahead of it, so the
        // summary's first limit + pending.size() rows hold every unchanged product of the answer.
        const auto pending = ProductMonthRollup(m_db).pendingByProduct(months.firstKey(), months.lastKey());
        Statement s = m_db.prepare(order == RankOrder::Top ? kTopSql : kBottomSql);
        s.bindAll(months.firstKey(), months.lastKey(), qint64(limit + pending.size()));
        QList<ProductSales> rows;
        QSet<qint64> seen;
        while (s.step()) {
            rows.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5)});
            seen.insert(rows.last().productId);
        }
        if (pending.isEmpty())
            return rows;
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            if (!seen.contains(it.key()))
                rows.append(rolledFigures(m_db, it.key(), months));
        for (ProductSales& r : rows) {
            if (auto it = pending.constFind(r.productId); it != pending.cend()) {
                r.qtyMilli += it->first;
                r.netMinor += it->second;
            }
        }
        std::sort(rows.begin(), rows.end(), [order](const ProductSales& a, const ProductSales& b) {
            if (a.netMinor != b.netMinor)
                return order == RankOrder::Top ? a.netMinor > b.netMinor : a.netMinor < b.netMinor;
            return a.sku < b.sku;
        });
        if (rows.size() > limit)
            rows.resize(limit);
        return rows;
    });
}

} // namespace patron
