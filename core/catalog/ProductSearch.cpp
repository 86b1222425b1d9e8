#include "catalog/ProductSearch.h"

#include "catalog/ProductCatalog.h"
#include "catalog/SearchTerms.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace patron {

namespace {
// Enough candidates to rank well without reading half the catalog for a one-letter query.
constexpr int kCandidateCap = 5000;

struct Candidate {
    qint64 id;
    int rank;
    qsizetype nameLength;
    QString sku;
};
} // namespace

QList<Product> ProductSearch::search(const QString& query, int limit, bool includeInactive) const
{
    QList<Product> out;
    const QString q = query.trimmed();
    if (q.isEmpty() || limit <= 0)
        return out;
    QHash<qint64, int> rank;  // product id -> best rank (lower is better)
    auto offer = [&rank](qint64 id, int r) {
        auto it = rank.find(id);
        if (it == rank.end())
            rank.insert(id, r);
        else if (r < *it)
            *it = r;
    };

    if (auto exact = m_catalog.lookupCode(q))
        offer(exact->id, 0);

    const QString folded = foldForSearch(q);
    if (folded.isEmpty())
        return m_catalog.lookupCode(q) ? QList<Product>{*m_catalog.lookupCode(q)} : out;

    bool asciiOnly = true;
    for (QChar c : folded)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            asciiOnly = false;
    if (asciiOnly) {
        // Initials prefix range: 'i:ksf' <= term < 'i:ksf\uffff'.
        Statement s = m_db.cached("SELECT term, product_id FROM product_terms WHERE term >= ? AND term < ? LIMIT 5000");
        s.bindAll(QStringLiteral("i:") + folded, QStringLiteral("i:") + folded + QChar(0xFFFF));
        while (s.step())
            offer(s.int64(1), s.text(0).size() == folded.size() + 2 ? 1 : 3);
    }

    // Name fragment: every bigram (or the unigram) must be present; then the names confirm it.
    const QStringList terms = queryNameTerms(folded);
    QList<QSet<qint64>> sets;
    Statement t = m_db.cached("SELECT product_id FROM product_terms WHERE term = ? LIMIT 20000");
    for (const QString& term : terms) {
        t.reset();
        t.bind(1, term);
        QSet<qint64> ids;
        while (t.step())
            ids.insert(t.int64(0));
        sets.append(std::move(ids));
    }
    t.reset();
    std::sort(sets.begin(), sets.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
    QSet<qint64> nameHits = sets.isEmpty() ? QSet<qint64>() : sets.first();
    for (qsizetype i = 1; i < sets.size() && !nameHits.isEmpty(); ++i)
        nameHits.intersect(sets[i]);

    // Read names of the candidates to confirm substrings and rank.
    QSet<qint64> ids = nameHits;
    for (auto it = rank.cbegin(); it != rank.cend(); ++it)
        ids.insert(it.key());
    QList<Candidate> candidates;
    Statement n = m_db.cached("SELECT name, sku, active FROM products WHERE id = ?");
    int examined = 0;
    for (qint64 id : std::as_const(ids)) {
        if (++examined > kCandidateCap)
            break;
        n.reset();
        n.bind(1, id);
        if (!n.step())
            continue;
        if (!includeInactive && n.int64(2) == 0)
            continue;
        const QString name = foldForSearch(n.text(0));
        int r = rank.value(id, 99);
        if (name.startsWith(folded))
            r = std::min(r, 2);
        else if (nameHits.contains(id) && name.contains(folded))
            r = std::min(r, 4);
        if (r == 99)
            continue;  // bigrams matched but not as one contiguous fragment
        candidates.append({id, r, name.size(), n.text(1)});
    }
    n.reset();
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.nameLength != b.nameLength)
            return a.nameLength < b.nameLength;
        return a.sku < b.sku;
    });
    for (const Candidate& c : candidates) {
        if (out.size() >= limit)
            break;
        if (auto p = m_catalog.findById(c.id))
            out.append(*p);
    }
    return out;
}

} // namespace patron
