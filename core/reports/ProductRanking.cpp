#include "reports/ProductRanking.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace patron {

struct ProductRankingTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Reports)
};

Result<QList<ProductSales>> ProductRanking::rank(const MonthRange& months, RankOrder order, int limit) const
{
    if (limit < 1)
        return makeError(ErrorCode::InvalidInput, ProductRankingTr::tr("The number of products must be at least 1."));
    return guarded([&] {
        // Sum the months first (a few hundred rows per month), then join the few products kept.
        Statement s = m_db.prepare(order == RankOrder::Top
            ? "SELECT t.product_id, coalesce(p.sku, ''), coalesce(p.name, ''), coalesce(c.path, ''), t.qty, t.net FROM"
              " (SELECT product_id, sum(qty_milli) AS qty, sum(net_minor) AS net FROM sum_product_month"
              "  WHERE month BETWEEN ? AND ? GROUP BY product_id) t"
              " LEFT JOIN products p ON p.id = t.product_id LEFT JOIN categories c ON c.id = p.category_id"
              " ORDER BY t.net DESC, p.sku LIMIT ?"
            : "SELECT t.product_id, coalesce(p.sku, ''), coalesce(p.name, ''), coalesce(c.path, ''), t.qty, t.net FROM"
              " (SELECT product_id, sum(qty_milli) AS qty, sum(net_minor) AS net FROM sum_product_month"
              "  WHERE month BETWEEN ? AND ? GROUP BY product_id) t"
              " LEFT JOIN products p ON p.id = t.product_id LEFT JOIN categories c ON c.id = p.category_id"
              " ORDER BY t.net ASC, p.sku LIMIT ?");
        s.bindAll(months.firstKey(), months.lastKey(), qint64(limit));
        QList<ProductSales> out;
        while (s.step())
            out.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5)});
        return out;
    });
}

} // namespace patron
