#pragma once
// The till's one search box: a barcode, PLU or SKU; a name fragment (Chinese substring, through
// the bigram index); or pinyin initials (助记码) — best matches first.

#include "catalog/Product.h"

#include <QList>
#include <QString>

namespace patron {

class Database;
class ProductCatalog;

class ProductSearch {
public:
    ProductSearch(Database& db, const ProductCatalog& catalog) : m_db(db), m_catalog(catalog) {}

    // Ranking: exact code; exact initials; name starting with the query; initials starting with
    // it; name containing it; then shorter names, then SKU. Inactive products are left out
    // unless asked for.
    QList<Product> search(const QString& query, int limit = 20, bool includeInactive = false) const;

private:
    Database& m_db;
    const ProductCatalog& m_catalog;
};

} // namespace patron
