#pragma once
// The terms a product is found by in the search index: character bigrams and unigrams of its
// lower-cased name (a Chinese substring such as 牛肉 inside 康师傅红烧牛肉面), and its pinyin
// initials spellings. Shared by the indexer and the query side so both fold text the same way.

#include <QString>
#include <QStringList>

namespace patron {

// Lower-case, full-width folded, spaces and punctuation removed: the form names are indexed in.
QString foldForSearch(const QString& text);
// Index terms for one product ('u:x', 'b:xy' from the name; 'p:x' and 'p:xy' for how the name
// starts; 'i:abc' per initials spelling and 'h:a', 'h:ab', 'h:abc' for how each one starts).
QStringList productSearchTerms(const QString& name, const QStringList& initials);
// The term for names starting with a folded query: 'p:' and its first one or two characters.
QString prefixTerm(const QString& foldedQuery);
// How many initials a 'h:' term holds: a query of up to this many initials reads the products
// whose initials start with it from one term, in rank order; longer ones range over 'i:' terms.
constexpr qsizetype kInitialsHeadLength = 3;
// The term for initials starting with a folded query of at most kInitialsHeadLength letters.
QString initialsHeadTerm(const QString& foldedQuery);
// Stored with every term: the folded name's length (4 digits) then the SKU, so one term's
// products come out of the index in the order search ranks ties (shorter names, then SKU).
QString searchRankKey(const QString& name, const QString& sku);
// The bigram/unigram terms a query fragment must all match.
QStringList queryNameTerms(const QString& foldedQuery);

} // namespace patron
