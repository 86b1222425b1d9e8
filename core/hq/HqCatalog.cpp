#include "hq/HqCatalog.h"

#include "hq/PgConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqCatalogTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqCatalog)
};

namespace {

PgValue optionalNumber(const std::optional<qint64>& v) { return v ? PgValue(*v) : PgValue(std::nullopt); }
PgValue optionalText(const QString& v) { return v.isEmpty() ? PgValue(std::nullopt) : PgValue(v); }
} // namespace

Result<void> HqCatalog::upsertProduct(const HqProduct& p)
{
    if (p.code.trimmed().isEmpty() || p.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, HqCatalogTr::tr("A product needs a code and a name."));
    if (p.priceMinor < 0 || (p.memberPriceMinor && *p.memberPriceMinor < 0))
        return makeError(ErrorCode::InvalidInput, HqCatalogTr::tr("A price cannot be negative."));
    if (p.taxRateBp < 0 || p.taxRateBp > 10000)
        return makeError(ErrorCode::InvalidInput, HqCatalogTr::tr("The tax rate must be between 0 and 100%."));
    auto r = m_conn.exec(
        "INSERT INTO hq.products(code, barcode, name, price_minor, member_price_minor, cost_minor, tax_rate_bp,"
        " category, unit, active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
        " ON CONFLICT (code) DO UPDATE SET barcode = EXCLUDED.barcode, name = EXCLUDED.name,"
        " price_minor = EXCLUDED.price_minor, member_price_minor = EXCLUDED.member_price_minor,"
        " cost_minor = EXCLUDED.cost_minor, tax_rate_bp = EXCLUDED.tax_rate_bp, category = EXCLUDED.category,"
        " unit = EXCLUDED.unit, active = EXCLUDED.active, updated_at = now()",
        {p.code.trimmed(), optionalText(p.barcode), p.name.trimmed(), p.priceMinor, optionalNumber(p.memberPriceMinor),
         optionalNumber(p.costMinor), p.taxRateBp, optionalText(p.category), optionalText(p.unit), p.active});
    if (!r)
        return r.error();
    return {};
}

Result<QJsonArray> HqCatalog::products()
{
    auto r = m_conn.exec("SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY p.code), '[]') FROM hq.products p");
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

Result<void> HqCatalog::upsertPromotion(const QString& code, const QString& name, const QJsonObject& definition,
                                        bool active)
{
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, HqCatalogTr::tr("A promotion needs a code and a name."));
    const QString json = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    auto r = m_conn.exec("INSERT INTO hq.promotions(code, name, definition, active) VALUES ($1, $2, $3::jsonb, $4)"
                         " ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, definition = EXCLUDED.definition,"
                         " active = EXCLUDED.active, updated_at = now()",
                         {code.trimmed(), name.trimmed(), json, active});
    if (!r)
        return r.error();
    return {};
}

Result<void> HqCatalog::setRule(const QString& key, const QJsonValue& value)
{
    if (key.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, HqCatalogTr::tr("A rule needs a key."));
    // Wrap the value in an array so scalars serialise too, then unwrap on the server.
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    auto r = m_conn.exec("INSERT INTO hq.rules(key, value) VALUES ($1, ($2::jsonb) -> 0)"
                         " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
                         {key.trimmed(), json});
    if (!r)
        return r.error();
    return {};
}

Result<QJsonObject> HqCatalog::rules()
{
    auto r = m_conn.exec("SELECT coalesce(jsonb_object_agg(key, value), '{}') FROM hq.rules");
    if (!r)
        return r.error();
    return r->json(0, 0).object();
}

} // namespace patron
