#pragma once
// PriceHistory: every retail/member price a product has had, with when and why. Written inside
// the transaction that changes the price (ProductCatalog), read by the back office and the CLI.

#include "catalog/PriceChange.h"

#include <QList>

namespace patron {

class Database;

class PriceHistory {
public:
    explicit PriceHistory(Database& db) : m_db(db) {}

    // Inside the caller's transaction. Throws StoreException.
    void record(qint64 productId, const PriceHistoryEntry& entry);
    // Newest first. Throws StoreException.
    QList<PriceHistoryEntry> forProduct(qint64 productId) const;

private:
    Database& m_db;
};

} // namespace patron
