#include "catalog/PriceHistory.h"

#include "common/Clock.h"
#include "store/Database.h"

namespace patron {

void PriceHistory::record(qint64 productId, const PriceHistoryEntry& e)
{
    Statement s = m_db.cached("INSERT INTO price_history(product_id, at, at_ms, retail_minor, member_price_minor, source, "
                              "price_change_id, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bindAll(productId, isoWithOffset(e.at), e.at.toMSecsSinceEpoch(), e.retailMinor, e.memberPriceMinor, e.source,
              e.priceChangeId ? std::optional<qint64>(e.priceChangeId) : std::nullopt, e.userName);
    s.run();
}

QList<PriceHistoryEntry> PriceHistory::forProduct(qint64 productId) const
{
    QList<PriceHistoryEntry> out;
    Statement s = m_db.prepare("SELECT at, retail_minor, member_price_minor, source, coalesce(price_change_id, 0), user_name "
                               "FROM price_history WHERE product_id = ? ORDER BY at_ms DESC, id DESC");
    s.bind(1, productId);
    while (s.step()) {
        PriceHistoryEntry e;
        e.at = QDateTime::fromString(s.text(0), Qt::ISODate);
        e.retailMinor = s.int64(1);
        e.memberPriceMinor = s.optInt64(2);
        e.source = s.text(3);
        e.priceChangeId = s.int64(4);
        e.userName = s.text(5);
        out.append(e);
    }
    return out;
}

} // namespace patron
