#include "catalog/ProductSearch.h"

#include "catalog/ProductCatalog.h"
#include "catalog/SearchTerms.h"
#include "store/Database.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace patron {

namespace {
// A query's candidates are read tier by tier (exact initials, name prefix, initials prefix, name
// fragment), each in rank-key order straight from the index, so a search stops after about
// `limit` rows per tier. The caps bound the rare worst cases: an initials prefix longer than an
// 'h:' term spans many terms and must be sorted in memory, and a long fragment's rarest bigram
// may match many names that do not contain the whole fragment.
constexpr int kPrefixRangeCap = 5000;
constexpr int kConfirmCap = 5000;
// Counting a term's products beyond this tells nothing more about which term is the rarest.
constexpr int kRarityProbe = 2000;

struct Hit {
    int rank;
    QString rankKey;
};

class Ranking {
public:
    explicit Ranking(int limit) : m_limit(limit) {}

    bool has(qint64 id) const { return m_hits.contains(id); }
    // Products first seen in a later tier rank below every earlier one: once a tier leaves
    // `limit` products, the later tiers cannot change the answer.
    bool full() const { return m_hits.size() >= m_limit; }
    void offer(qint64 id, int rank, const QString& rankKey)
    {
        auto it = m_hits.find(id);
        if (it == m_hits.end())
            m_hits.insert(id, {rank, rankKey});
        else if (rank < it->rank)
            it->rank = rank;
    }
    QList<qint64> best() const
    {
        QList<std::pair<qint64, Hit>> all;
        for (auto it = m_hits.cbegin(); it != m_hits.cend(); ++it)
            all.append({it.key(), it.value()});
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            if (a.second.rank != b.second.rank)
                return a.second.rank < b.second.rank;
            if (a.second.rankKey != b.second.rankKey)
                return a.second.rankKey < b.second.rankKey;
            return a.first < b.first;
        });
        QList<qint64> out;
        for (const auto& h : all) {
            if (out.size() >= m_limit)
                break;
            out.append(h.first);
        }
        return out;
    }

private:
    int m_limit;
    QHash<qint64, Hit> m_hits;
};

bool isAsciiAlnum(const QString& s)
{
    for (QChar c : s)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

// One term's products in rank-key order, active ones only unless asked, with their names so a
// tier can confirm the match. The ORDER BY is the primary key's order: no sort step.
constexpr const char* kTermSql =
    "SELECT t.rank_key, t.product_id, p.name FROM product_terms t JOIN products p ON p.id = t.product_id"
    " WHERE t.term = ? AND (p.active <> 0 OR ?) ORDER BY t.rank_key, t.product_id";

// Walks one term's products and offers those `accept` confirms, until `limit` new products
// came from this tier or `cap` rows were read.
template <typename Accept>
void takeTier(Database& db, Ranking& ranking, const QString& term, bool includeInactive, int rank, int limit, int cap,
              Accept&& accept)
{
    Statement s = db.cached(kTermSql);
    s.bindAll(term, includeInactive);
    int added = 0, read = 0;
    while (added < limit && read < cap && s.step()) {
        ++read;
        const qint64 id = s.int64(1);
        if (ranking.has(id) || !accept(s.text(2)))
            continue;
        ranking.offer(id, rank, s.text(0));
        ++added;
    }
}

// Products whose initials start with a query longer than an 'h:' term: a range over several
// 'i:' terms (each spelling is its own term), so it is ranked here. The range of a long query is
// short; kPrefixRangeCap bounds it anyway.
void takeInitialsRange(Database& db, Ranking& ranking, const QString& folded, bool includeInactive, int rank, int limit)
{
    Statement s = db.cached("SELECT rank_key, product_id FROM product_terms WHERE term > ? AND term < ? LIMIT ?");
    s.bindAll(QStringLiteral("i:") + folded, QStringLiteral("i:") + folded + QChar(0xFFFF), qint64(kPrefixRangeCap));
    std::vector<std::pair<QString, qint64>> rows;
    while (s.step())
        rows.emplace_back(s.text(0), s.int64(1));
    s.reset();
    // Only the first few in rank order are taken: a heap (linear to build, one pop per row
    // taken) gives them in the order a full sort would, for a fraction of its comparisons.
    const auto later = [](const auto& a, const auto& b) { return b < a; };
    std::make_heap(rows.begin(), rows.end(), later);
    Statement active = db.cached("SELECT active FROM products WHERE id = ?");
    int added = 0;
    for (auto end = rows.end(); added < limit && end != rows.begin(); --end) {
        std::pop_heap(rows.begin(), end, later);
        const auto& [rankKey, id] = *(end - 1);
        if (ranking.has(id))
            continue;
        active.reset();
        active.bind(1, id);
        if (!active.step() || (!includeInactive && active.int64(0) == 0))
            continue;
        ranking.offer(id, rank, rankKey);
        ++added;
    }
    active.reset();
}

// The query term with the fewest products (counted up to a probe), to walk the fewest rows.
QString rarestTerm(Database& db, const QStringList& terms)
{
    if (terms.size() == 1)
        return terms.first();
    Statement count = db.cached("SELECT count(*) FROM (SELECT 1 FROM product_terms WHERE term = ? LIMIT ?)");
    QString best;
    qint64 fewest = -1;
    for (const QString& term : terms) {
        count.reset();
        count.bindAll(term, qint64(kRarityProbe));
        count.step();
        const qint64 n = count.int64(0);
        if (fewest < 0 || n < fewest) {
            fewest = n;
            best = term;
        }
    }
    count.reset();
    return best;
}

} // namespace

QList<Product> ProductSearch::search(const QString& query, int limit, bool includeInactive) const
{
    QList<Product> out;
    const QString q = query.trimmed();
    if (q.isEmpty() || limit <= 0)
        return out;
    Ranking ranking(limit);

    const auto exact = m_catalog.lookupCode(q);
    if (exact && (includeInactive || exact->active))
        ranking.offer(exact->id, 0, searchRankKey(exact->name, exact->sku));

    const QString folded = foldForSearch(q);
    if (folded.isEmpty())
        return exact ? QList<Product>{*exact} : out;
    const bool ascii = isAsciiAlnum(folded);
    auto any = [](const QString&) { return true; };

    // 1: the initials spelled exactly.
    if (ascii && !ranking.full())
        takeTier(m_db, ranking, QStringLiteral("i:") + folded, includeInactive, 1, limit, kConfirmCap, any);
    // 2: the name starts with the query ('p:' holds its first one or two characters).
    if (!ranking.full())
        takeTier(m_db, ranking, prefixTerm(folded), includeInactive, 2, limit, kConfirmCap,
                 [&](const QString& name) { return foldForSearch(name).startsWith(folded); });
    // 3: the initials start with the query. Up to kInitialsHeadLength letters that is one 'h:'
    // term, read in rank order like the tiers above; a longer query ranges over the 'i:' terms.
    if (ascii && !ranking.full()) {
        if (folded.size() <= kInitialsHeadLength)
            takeTier(m_db, ranking, initialsHeadTerm(folded), includeInactive, 3, limit, kConfirmCap, any);
        else
            takeInitialsRange(m_db, ranking, folded, includeInactive, 3, limit);
    }
    // 4: the name contains the query: walk its rarest bigram (or its one character).
    if (!ranking.full()) {
        const QStringList terms = queryNameTerms(folded);
        if (!terms.isEmpty())
            takeTier(m_db, ranking, rarestTerm(m_db, terms), includeInactive, 4, limit, kConfirmCap,
                     [&](const QString& name) { return foldForSearch(name).contains(folded); });
    }

    for (qint64 id : ranking.best())
        if (auto p = m_catalog.findById(id))
            out.append(*p);
    return out;
}

} // namespace patron
