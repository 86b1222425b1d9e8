#include "catalog/QuickKeys.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/ProductCatalog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct QuickKeysTr {
    Q_DECLARE_TR_FUNCTIONS(patron::QuickKeys)
};

namespace {

#define QUICK_KEY_SELECT                                                                            \
    "SELECT q.position, coalesce(q.label, ''), p.id, p.sku, p.name, p.unit, p.price_minor, p.weighed, " \
    "p.open_price, p.active FROM quick_keys q JOIN products p ON p.id = q.product_id "

QuickKey readKey(Statement& s)
{
    QuickKey k;
    k.position = int(s.int64(0));
    k.label = s.text(1);
    k.productId = s.int64(2);
    k.sku = s.text(3);
    k.name = s.text(4);
    k.unit = s.text(5);
    k.priceMinor = s.int64(6);
    k.weighed = s.int64(7) != 0;
    k.openPrice = s.int64(8) != 0;
    k.active = s.int64(9) != 0;
    if (k.label.isEmpty())
        k.label = k.name;
    return k;
}

std::optional<Error> checkPosition(int position)
{
    if (position < 1 || position > QuickKeys::kMaxPosition)
        return Error{ErrorCode::InvalidInput,
                     QuickKeysTr::tr("Quick-key positions run from 1 to %1.").arg(QuickKeys::kMaxPosition)};
    return std::nullopt;
}

Error denied(const Session& actor)
{
    return {ErrorCode::PermissionDenied, QuickKeysTr::tr("%1 may not arrange the quick keys.").arg(actor.userName)};
}

} // namespace

QuickKeys::QuickKeys(Database& db, AuditLog& audit, const ProductCatalog& catalog)
    : m_db(db), m_audit(audit), m_catalog(catalog)
{
}

Result<QuickKey> QuickKeys::set(const Session& actor, int position, const QString& skuOrCode, const QString& label)
{
    if (!actor.can(perm::CatalogEdit))
        return denied(actor);
    if (auto bad = checkPosition(position))
        return *bad;
    const QString text = label.trimmed();
    if (text.size() > kMaxLabelLength)
        return makeError(ErrorCode::InvalidInput,
                         QuickKeysTr::tr("A quick-key label has at most %1 characters.").arg(kMaxLabelLength));
    return guarded([&]() -> Result<QuickKey> {
        Transaction tx(m_db);  // the product is read under the write lock it is placed with
        std::optional<Product> product = m_catalog.findBySku(skuOrCode);
        if (!product) {
            auto byCode = m_catalog.lookupCode(skuOrCode);
            if (!byCode)
                return makeError(ErrorCode::NotFound, QuickKeysTr::tr("There is no product %1.").arg(skuOrCode.trimmed()));
            product = *byCode;
        }
        if (!product->active)
            return makeError(ErrorCode::Refused,
                             QuickKeysTr::tr("Product %1 is inactive; activate it before putting it on a quick key.").arg(product->sku));
        const std::optional<QString> previous =
            m_db.queryText("SELECT p.sku FROM quick_keys q JOIN products p ON p.id = q.product_id WHERE q.position = ?",
                           qint64(position));
        // INSERT OR REPLACE (not UPSERT, which SQLite 3.15 lacks): the position is the key.
        m_db.execute("INSERT OR REPLACE INTO quick_keys(position, product_id, label) VALUES (?, ?, ?)", qint64(position),
                     product->id, text.isEmpty() ? std::optional<QString>() : std::optional<QString>(text));
        QJsonObject details{{QStringLiteral("position"), position}, {QStringLiteral("sku"), product->sku},
                            {QStringLiteral("label"), text}};
        if (previous)
            details.insert(QStringLiteral("replaced_sku"), *previous);
        m_audit.append(actor.userName, QStringLiteral("quickkey.set"), QString::number(position), details);
        tx.commit();
        return at(position);
    });
}

Result<void> QuickKeys::clear(const Session& actor, int position)
{
    if (!actor.can(perm::CatalogEdit))
        return denied(actor);
    if (auto bad = checkPosition(position))
        return *bad;
    return guarded([&]() -> Result<void> {
        Transaction tx(m_db);
        const std::optional<QString> previous =
            m_db.queryText("SELECT p.sku FROM quick_keys q JOIN products p ON p.id = q.product_id WHERE q.position = ?",
                           qint64(position));
        if (!previous)
            return makeError(ErrorCode::NotFound, QuickKeysTr::tr("Quick key %1 is empty.").arg(position));
        m_db.execute("DELETE FROM quick_keys WHERE position = ?", qint64(position));
        m_audit.append(actor.userName, QStringLiteral("quickkey.clear"), QString::number(position),
                       {{QStringLiteral("position"), position}, {QStringLiteral("sku"), *previous}});
        tx.commit();
        return {};
    });
}

Result<QList<QuickKey>> QuickKeys::list() const
{
    return guarded([&]() -> QList<QuickKey> {
        QList<QuickKey> keys;
        Statement s = m_db.prepare(QUICK_KEY_SELECT "ORDER BY q.position");
        while (s.step())
            keys.append(readKey(s));
        return keys;
    });
}

Result<QuickKey> QuickKeys::at(int position) const
{
    Statement s = m_db.prepare(QUICK_KEY_SELECT "WHERE q.position = ?");
    s.bind(1, qint64(position));
    if (!s.step())
        return makeError(ErrorCode::NotFound, QuickKeysTr::tr("Quick key %1 is empty.").arg(position));
    return readKey(s);
}

} // namespace patron
