#include "catalog/SearchTerms.h"

#include "catalog/Barcode.h"

#include <QSet>

#include <algorithm>

namespace patron {

QString foldForSearch(const QString& text)
{
    const QString folded = foldFullWidth(text).toLower();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QStringList productSearchTerms(const QString& name, const QStringList& initials)
{
    const QString f = foldForSearch(name);
    QSet<QString> terms;
    for (qsizetype i = 0; i < f.size(); ++i) {
        terms.insert(QStringLiteral("u:") + f[i]);
        if (i + 1 < f.size())
            terms.insert(QStringLiteral("b:") + f.mid(i, 2));
    }
    if (!f.isEmpty()) {
        terms.insert(prefixTerm(f.left(1)));
        terms.insert(prefixTerm(f));
    }
    for (const QString& v : initials) {
        if (v.isEmpty())
            continue;
        terms.insert(QStringLiteral("i:") + v);
        for (qsizetype n = 1; n <= kInitialsHeadLength; ++n)
            terms.insert(initialsHeadTerm(v.left(n)));
    }
    return QStringList(terms.begin(), terms.end());
}

QString prefixTerm(const QString& foldedQuery) { return QStringLiteral("p:") + foldedQuery.left(2); }

QString initialsHeadTerm(const QString& foldedQuery) { return QStringLiteral("h:") + foldedQuery.left(kInitialsHeadLength); }

QString searchRankKey(const QString& name, const QString& sku)
{
    // Names longer than 9999 characters do not occur; clamping keeps the key's width fixed.
    const qsizetype length = std::min<qsizetype>(foldForSearch(name).size(), 9999);
    return QStringLiteral("%1").arg(length, 4, 10, QChar(u'0')) + sku;
}

QStringList queryNameTerms(const QString& foldedQuery)
{
    QSet<QString> terms;
    if (foldedQuery.size() == 1)
        terms.insert(QStringLiteral("u:") + foldedQuery);
    for (qsizetype i = 0; i + 1 < foldedQuery.size(); ++i)
        terms.insert(QStringLiteral("b:") + foldedQuery.mid(i, 2));
    return QStringList(terms.begin(), terms.end());
}

} // namespace patron
