#pragma once
// The till's quick-key grid for goods without a barcode (无码商品: loose fruit, bread, a bag):
// a manager puts products on numbered keys; the till lists them with name and price. Each
// change is one transaction with its audit record. The grid is this till's layout, so it is not
// sent to head office.

#include "common/Result.h"

#include <QList>
#include <QString>

namespace patron {

class AuditLog;
class Database;
class ProductCatalog;
struct Session;

struct QuickKey {
    int position = 0;  // 1-based, left to right, top to bottom
    QString label;     // what the key shows: the shop's own label, else the product name
    qint64 productId = 0;
    QString sku;
    QString name;
    QString unit;
    qint64 priceMinor = 0;
    bool weighed = false;
    bool openPrice = false;
    bool active = true;  // an inactive product stays on its key, greyed out, until moved
};

class QuickKeys {
public:
    static constexpr int kMaxPosition = 200;
    static constexpr int kMaxLabelLength = 20;  // fits a key on a 1024x768 till screen

    QuickKeys(Database& db, AuditLog& audit, const ProductCatalog& catalog);

    // Puts the product (SKU, barcode or PLU) on the key, replacing what was there. An empty
    // label shows the product name.
    Result<QuickKey> set(const Session& actor, int position, const QString& skuOrCode, const QString& label = {});
    // Empties the key; NotFound when it is empty already.
    Result<void> clear(const Session& actor, int position);
    // Every key in use, by position.
    Result<QList<QuickKey>> list() const;

private:
    Result<QuickKey> at(int position) const;

    Database& m_db;
    AuditLog& m_audit;
    const ProductCatalog& m_catalog;
};

} // namespace patron
