#include "sales/ProductMonthRollup.h"

#include "store/Database.h"

#include <optional>

namespace patron {

namespace {
constexpr const char* kSummary = "product_month";
} // namespace

qint64 ProductMonthRollup::rolledThrough() const
{
    Statement s = m_db.cached("SELECT through_id FROM sum_rollups WHERE summary = ?");
    s.bind(1, QString::fromLatin1(kSummary));
    return s.step() ? s.int64(0) : 0;
}

QHash<qint64, std::pair<qint64, qint64>> ProductMonthRollup::pendingByProduct(const QString& firstMonth, const QString& lastMonth) const
{
    // A rowid range over sale_lines (the lines after the mark), each joined to its sale's day.
    // CROSS JOIN keeps sale_lines outside, whatever indexes sales has: the lines after the mark
    // are few, a year of sales is not.
    Statement s = m_db.cached(
        "SELECT coalesce(l.product_id, 0), sum(l.qty_milli), sum(l.net_minor) FROM sale_lines l CROSS JOIN sales s ON s.id = l.sale_id"
        " WHERE l.id > ? AND s.business_day >= ? AND s.business_day < ? GROUP BY 1");
    // Business days are 'yyyy-MM-dd': every day of lastMonth sorts below lastMonth + "-32".
    s.bindAll(rolledThrough(), firstMonth, lastMonth + QStringLiteral("-32"));
    QHash<qint64, std::pair<qint64, qint64>> out;
    while (s.step())
        out.insert(s.int64(0), {s.int64(1), s.int64(2)});
    return out;
}

void ProductMonthRollup::markThrough(qint64 lineId)
{
    Statement mark = m_db.cached("INSERT OR REPLACE INTO sum_rollups(summary, through_id) VALUES (?, ?)");
    mark.bindAll(QString::fromLatin1(kSummary), lineId);
    mark.run();
}

void ProductMonthRollup::markAllCounted()
{
    markThrough(m_db.queryInt64("SELECT coalesce(max(id), 0) FROM sale_lines").value_or(0));
}

qint64 ProductMonthRollup::rollUp()
{
    std::optional<Transaction> own;
    if (!m_db.inTransaction())
        own.emplace(m_db);
    const qint64 from = rolledThrough();
    const qint64 to = m_db.queryInt64("SELECT coalesce(max(id), 0) FROM sale_lines").value_or(0);
    if (to <= from)
        return 0;
    Statement sums = m_db.prepare(
        "SELECT substr(s.business_day, 1, 7), coalesce(l.product_id, 0), sum(l.qty_milli), sum(l.net_minor), count(*)"
        " FROM sale_lines l CROSS JOIN sales s ON s.id = l.sale_id WHERE l.id > ? AND l.id <= ? GROUP BY 1, 2");
    sums.bindAll(from, to);
    // SQLite 3.15 has no UPSERT: each row is made sure of (INSERT OR IGNORE), then added to.
    Statement ins = m_db.cached("INSERT OR IGNORE INTO sum_product_month(product_id, month) VALUES (?, ?)");
    Statement up = m_db.cached(
        "UPDATE sum_product_month SET qty_milli = qty_milli + ?, net_minor = net_minor + ? WHERE product_id = ? AND month = ?");
    qint64 lines = 0;
    while (sums.step()) {
        const QString month = sums.text(0);
        const qint64 product = sums.int64(1);
        ins.reset();
        ins.bindAll(product, month);
        ins.run();
        up.reset();
        up.bindAll(sums.int64(2), sums.int64(3), product, month);
        up.run();
        lines += sums.int64(4);
    }
    markThrough(to);
    if (own)
        own->commit();
    return lines;
}

} // namespace patron
