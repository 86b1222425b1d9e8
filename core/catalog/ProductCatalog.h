#pragma once
// The store's products: adding, editing, finding by code, and the category tree. Every change
// is one transaction with its audit record and an outbox event ("product.changed").

#include "catalog/Product.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace patron {

class AuditLog;
class Clock;
class Database;
class Outbox;
struct Session;

// A product as JSON: the "product.changed" outbox payload, also what patron-cli prints.
// Money as *_minor integers; member_price_minor only when the product has one.
QJsonObject productJson(const Product& product);

// Why a price changed, for the price history ("catalog": an add, edit or import).
struct PriceReason {
    QString source = QStringLiteral("catalog");
    qint64 priceChangeId = 0;  // the scheduled change applied, if any
};

class ProductCatalog {
public:
    ProductCatalog(Database& db, AuditLog& audit, Outbox& outbox, const Clock& clock);

    Result<Product> add(const Session& actor, const ProductInput& input);
    Result<Product> edit(const Session& actor, const QString& skuOrCode, const ProductInput& changes);

    // Where a change comes from. Head office owns a joined store's catalog: what it sends is
    // applied without an outbox event, so it never travels back to head office as a new change.
    enum class Origin { Local, HeadOffice };

    // Inside the caller's transaction (imports, pulls, scheduled prices): validates, writes,
    // indexes, and records a new retail/member price in the price history; returns the id.
    // Throws StoreException on storage errors; returns InvalidInput/Conflict for bad data.
    Result<qint64> upsertInTransaction(const QString& actor, const ProductInput& input, bool allowUpdate,
                                       Origin origin = Origin::Local, const PriceReason& reason = {});

    std::optional<Product> findById(qint64 id) const;
    std::optional<Product> findBySku(const QString& sku) const;
    std::optional<Product> findByPlu(const QString& plu) const;
    // Exact code lookup for the scan path: barcode (check digit validated; a bad one is
    // InvalidInput), then PLU, then SKU. NotFound when nothing matches.
    Result<Product> lookupCode(const QString& code) const;
    // All products, by SKU (exports).
    QList<Product> all() const;
    qint64 count() const;
    // Every category, by path (pickers in the back office).
    QList<ProductCategory> categories() const;

    // Creates the category path ("饮料/碳酸饮料") as needed; inside the caller's transaction.
    qint64 ensureCategory(const QString& path);

private:
    std::optional<Product> loadWhere(const char* sql, const QString& arg) const;
    void index(qint64 productId, const QString& name, const QString& sku, const QString& customInitials);

    Database& m_db;
    AuditLog& m_audit;
    Outbox& m_outbox;
    const Clock& m_clock;
};

} // namespace patron
