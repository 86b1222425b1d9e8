#pragma once
// Writes one product's rows of the search index (product_terms), each with its rank key, inside
// the caller's transaction; shared by the catalog, the demo generator and the schema step that
// rebuilds the index.

#include <QString>
#include <QtGlobal>

namespace patron {

class Database;

class ProductTermsIndex {
public:
    explicit ProductTermsIndex(Database& db) : m_db(db) {}

    // Replaces the product's terms. customInitials (the shop's own 助记码) is searched besides
    // the generated pinyin initials.
    void write(qint64 productId, const QString& name, const QString& sku, const QString& customInitials);
    // Rebuilds the terms of every product (a schema step: the index's layout changed).
    void rebuildAll();

private:
    Database& m_db;
};

} // namespace patron
