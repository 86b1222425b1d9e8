#include "catalog/ProductTermsIndex.h"

#include "catalog/Pinyin.h"
#include "catalog/SearchTerms.h"
#include "store/Database.h"

#include <QStringList>

#include <vector>

namespace patron {

void ProductTermsIndex::write(qint64 productId, const QString& name, const QString& sku, const QString& customInitials)
{
    Statement del = m_db.cached("DELETE FROM product_terms WHERE product_id = ?");
    del.bind(1, productId);
    del.run();
    QStringList variants = pinyinInitials(name);
    if (!customInitials.isEmpty())
        variants.prepend(customInitials.toLower());
    const QString rankKey = searchRankKey(name, sku);
    Statement ins = m_db.cached("INSERT OR IGNORE INTO product_terms(term, rank_key, product_id) VALUES (?, ?, ?)");
    for (const QString& term : productSearchTerms(name, variants)) {
        ins.reset();
        ins.bindAll(term, rankKey, productId);
        ins.run();
    }
}

void ProductTermsIndex::rebuildAll()
{
    struct Row {
        qint64 id;
        QString name, sku, customInitials;
    };
    std::vector<Row> rows;
    {
        Statement s = m_db.prepare("SELECT id, name, sku, CASE WHEN initials_custom <> 0 THEN initials ELSE '' END FROM products");
        while (s.step())
            rows.push_back({s.int64(0), s.text(1), s.text(2), s.text(3)});
    }
    for (const Row& r : rows)
        write(r.id, r.name, r.sku, r.customInitials);
}

} // namespace patron
