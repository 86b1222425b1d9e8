#include "reports/ProductRanking.h"

#include "sales/ProductMonthRollup.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace patron {

struct ProductRankingTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Reports)
};

namespace {

struct Total {
    qint64 productId = 0;
    qint64 qtyMilli = 0;
    qint64 netMinor = 0;
};

} // namespace

Result<QList<ProductSales>> ProductRanking::rank(const MonthRange& months, RankOrder order, int limit) const
{
    if (limit < 1)
        return makeError(ErrorCode::InvalidInput, ProductRankingTr::tr("The number of products must be at least 1."));
    return guarded([&] {
        // Every product's total over the months, in one pass over the summary in key order (no
        // sort, no join per product), plus the lines sold since the last roll-up.
        auto pending = ProductMonthRollup(m_db).pendingByProduct(months.firstKey(), months.lastKey());
        std::vector<Total> totals;
        Statement s = m_db.prepare("SELECT product_id, sum(qty_milli), sum(net_minor) FROM sum_product_month"
                                   " WHERE month BETWEEN ? AND ? GROUP BY product_id");
        s.bindAll(months.firstKey(), months.lastKey());
        while (s.step()) {
            Total t{s.int64(0), s.int64(1), s.int64(2)};
            if (auto it = pending.find(t.productId); it != pending.end()) {
                t.qtyMilli += it->first;
                t.netMinor += it->second;
                pending.erase(it);
            }
            totals.push_back(t);
        }
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            totals.push_back({it.key(), it->first, it->second});

        // The `limit` best by net, and every product tied with the last of them: ties go by SKU,
        // so only those few need their names.
        const auto better = [order](qint64 a, qint64 b) { return order == RankOrder::Top ? a > b : a < b; };
        if (totals.size() > size_t(limit)) {
            std::nth_element(totals.begin(), totals.begin() + (limit - 1), totals.end(),
                             [&](const Total& a, const Total& b) { return better(a.netMinor, b.netMinor); });
            const qint64 last = totals[size_t(limit - 1)].netMinor;
            totals.erase(std::remove_if(totals.begin(), totals.end(),
                                        [&](const Total& t) { return better(last, t.netMinor); }),
                         totals.end());
        }
        QList<ProductSales> rows;
        Statement name = m_db.cached(
            "SELECT p.sku, p.name, coalesce(c.path, '') FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = ?");
        for (const Total& t : totals) {
            ProductSales r;
            r.productId = t.productId;
            r.qtyMilli = t.qtyMilli;
            r.netMinor = t.netMinor;
            name.reset();
            name.bind(1, t.productId);
            if (name.step()) {
                r.sku = name.text(0);
                r.name = name.text(1);
                r.categoryPath = name.text(2);
            }
            rows.append(r);
        }
        std::sort(rows.begin(), rows.end(), [&](const ProductSales& a, const ProductSales& b) {
            if (a.netMinor != b.netMinor)
                return better(a.netMinor, b.netMinor);
            return a.sku < b.sku;
        });
        if (rows.size() > limit)
            rows.resize(limit);
        return rows;
    });
}

Result<QHash<qint64, ProductSales>> ProductRanking::totalsFor(const MonthRange& months, const QList<qint64>& productIds) const
{
    return guarded([&] {
        const auto pending = ProductMonthRollup(m_db).pendingByProduct(months.firstKey(), months.lastKey());
        Statement s = m_db.prepare("SELECT coalesce(sum(qty_milli), 0), coalesce(sum(net_minor), 0) FROM sum_product_month"
                                   " WHERE product_id = ? AND month BETWEEN ? AND ?");
        QHash<qint64, ProductSales> out;
        for (qint64 id : productIds) {
            s.reset();
            s.bindAll(id, months.firstKey(), months.lastKey());
            s.step();
            ProductSales p;
            p.productId = id;
            p.qtyMilli = s.int64(0);
            p.netMinor = s.int64(1);
            if (auto it = pending.find(id); it != pending.end()) {
                p.qtyMilli += it->first;
                p.netMinor += it->second;
            }
            out.insert(id, p);
        }
        return out;
    });
}

} // namespace patron
