#include "sync/CatalogPullHandler.h"

#include "auth/AuditLog.h"
#include "catalog/ProductCatalog.h"
#include "hq/HqClient.h"
#include "store/Database.h"

namespace patron {

namespace {

// The name pulled changes carry in the audit log and on the products they write.
const QString kActor = QStringLiteral("hq");

std::optional<qint64> optionalInt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isNull() || v.isUndefined() ? std::nullopt : std::optional<qint64>(v.toInteger());
}

// Head office's product row (hq.products) as the till's catalog input.
ProductInput inputFrom(const PulledChange& change)
{
    const QJsonObject& d = change.data;
    ProductInput in;
    in.sku = change.key;
    in.name = d.value(QStringLiteral("name")).toString();
    in.priceMinor = d.value(QStringLiteral("price_minor")).toInteger();
    // Every field head office owns is set, cleared ones included, so the till matches it exactly.
    in.memberPriceMinor = optionalInt(d, "member_price_minor");
    in.costMinor = optionalInt(d, "cost_minor").value_or(0);
    in.taxBp = int(d.value(QStringLiteral("tax_rate_bp")).toInteger());
    in.categoryPath = d.value(QStringLiteral("category")).toString();
    in.unit = d.value(QStringLiteral("unit")).toString();
    in.active = d.value(QStringLiteral("active")).toBool(true);
    const QString barcode = d.value(QStringLiteral("barcode")).toString().trimmed();
    in.barcodes = barcode.isEmpty() ? QStringList() : QStringList{barcode};
    return in;
}
} // namespace

void CatalogPullHandler::apply(Database& db, const PulledChange& change)
{
    Q_ASSERT(db.inTransaction());
    if (change.deleted) {
        if (!m_catalog.findBySku(change.key))
            return;
        ProductInput off;
        off.sku = change.key;
        off.active = false;
        const auto r = m_catalog.upsertInTransaction(kActor, off, true, ProductCatalog::Origin::HeadOffice);
        if (!r)
            m_audit.append(kActor, QStringLiteral("sync.pull.refused"), change.key, {{QStringLiteral("error"), r.message()}});
        return;
    }
    const auto r = m_catalog.upsertInTransaction(kActor, inputFrom(change), true, ProductCatalog::Origin::HeadOffice);
    if (!r)
        m_audit.append(kActor, QStringLiteral("sync.pull.refused"), change.key,
                       {{QStringLiteral("kind"), change.kind}, {QStringLiteral("error"), r.message()}});
}

} // namespace patron
