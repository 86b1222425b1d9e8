#pragma once
// What head office maintains centrally once stores join it: products with prices, promotions
// and loyalty rules. Every change lands in the change log that tills pull.

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace patron {

class PgConnection;

struct HqProduct {
    QString code;
    QString barcode;
    QString name;
    qint64 priceMinor = 0;
    std::optional<qint64> memberPriceMinor;
    std::optional<qint64> costMinor;
    int taxRateBp = 0;
    QString category;
    QString unit;
    bool active = true;
};

class HqCatalog {
public:
    explicit HqCatalog(PgConnection& conn) : m_conn(conn) {}

    Result<void> upsertProduct(const HqProduct& product);
    Result<QJsonArray> products();
    Result<void> upsertPromotion(const QString& code, const QString& name, const QJsonObject& definition, bool active);
    // Loyalty and store rules: a key and any JSON value (e.g. "points.per_yuan": 1).
    Result<void> setRule(const QString& key, const QJsonValue& value);
    Result<QJsonObject> rules();

private:
    PgConnection& m_conn;
};

} // namespace patron
