#include "catalog/ProductCatalog.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/Barcode.h"
#include "catalog/Pinyin.h"
#include "catalog/PriceHistory.h"
#include "catalog/ProductTermsIndex.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CatalogTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Catalog)
};

namespace {

#define PRODUCT_COLUMNS                                                                            \
    "p.id, p.uuid, p.sku, p.plu, p.name, p.initials, p.initials_custom, p.category_id, "          \
    "coalesce(c.path, ''), p.unit, p.price_minor, p.member_price_minor, p.cost_minor, p.tax_bp, " \
    "p.weighed, p.open_price, p.active"
#define PRODUCT_FROM " FROM products p LEFT JOIN categories c ON c.id = p.category_id "

Product readProduct(Statement& s)
{
    Product p;
    p.id = s.int64(0);
    p.uuid = Uuid::fromBytes(s.blob(1));
    p.sku = s.text(2);
    p.plu = s.text(3);
    p.name = s.text(4);
    p.initials = s.text(5);
    p.initialsCustom = s.int64(6) != 0;
    p.categoryId = s.optInt64(7).value_or(0);
    p.categoryPath = s.text(8);
    p.unit = s.text(9);
    p.priceMinor = s.int64(10);
    p.memberPriceMinor = s.optInt64(11);
    p.costMinor = s.int64(12);
    p.taxBp = int(s.int64(13));
    p.weighed = s.int64(14) != 0;
    p.openPrice = s.int64(15) != 0;
    p.active = s.int64(16) != 0;
    return p;
}

Error invalid(const QString& message) { return {ErrorCode::InvalidInput, message}; }

// A null QString binds SQL NULL; the NOT NULL DEFAULT '' text columns need the empty string.
QString orEmpty(const QString& text) { return text.isNull() ? QStringLiteral("") : text; }

} // namespace

QJsonObject productJson(const Product& p)
{
    QJsonArray codes;
    for (const QString& c : p.barcodes)
        codes.append(c);
    QJsonObject o{{QStringLiteral("uuid"), p.uuid.toString()},
                  {QStringLiteral("sku"), p.sku},
                  {QStringLiteral("plu"), p.plu},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("initials"), p.initials},
                  {QStringLiteral("category"), p.categoryPath},
                  {QStringLiteral("unit"), p.unit},
                  {QStringLiteral("price_minor"), p.priceMinor},
                  {QStringLiteral("cost_minor"), p.costMinor},
                  {QStringLiteral("tax_bp"), p.taxBp},
                  {QStringLiteral("weighed"), p.weighed},
                  {QStringLiteral("open_price"), p.openPrice},
                  {QStringLiteral("active"), p.active},
                  {QStringLiteral("barcodes"), codes}};
    if (p.memberPriceMinor)
        o.insert(QStringLiteral("member_price_minor"), *p.memberPriceMinor);
    return o;
}

ProductCatalog::ProductCatalog(Database& db, AuditLog& audit, Outbox& outbox, const Clock& clock)
    : m_db(db), m_audit(audit), m_outbox(outbox), m_clock(clock)
{
}

qint64 ProductCatalog::ensureCategory(const QString& rawPath)
{
    QStringList parts;
    for (const QString& part : rawPath.split(u'/'))
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    qint64 parent = 0;
    QString path;
    for (const QString& part : parts) {
        path = path.isEmpty() ? part : path + u'/' + part;
        Statement find = m_db.cached("SELECT id FROM categories WHERE path = ?");
        find.bind(1, path);
        if (find.step()) {
            parent = find.int64(0);
            continue;
        }
        find.reset();
        Statement ins = m_db.cached("INSERT INTO categories(uuid, parent_id, name, path) VALUES (?, ?, ?, ?)");
        ins.bindAll(Uuid::v7(m_clock.nowMs()).bytes(), parent ? std::optional<qint64>(parent) : std::nullopt, part, path);
        ins.run();
        parent = m_db.lastInsertRowId();
    }
    return parent;
}

void ProductCatalog::index(qint64 productId, const QString& name, const QString& sku, const QString& customInitials)
{
    ProductTermsIndex(m_db).write(productId, name, sku, customInitials);
}

Result<qint64> ProductCatalog::upsertInTransaction(const QString& actor, const ProductInput& in, bool allowUpdate,
                                                   Origin origin, const PriceReason& reason)
{
    Q_ASSERT(m_db.inTransaction());
    const QString sku = in.sku.value_or(QString()).trimmed();
    if (sku.isEmpty() || sku.size() > 64 || sku.contains(u' '))
        return invalid(CatalogTr::tr("A product needs a SKU (货号) of 1 to 64 characters without spaces."));
    std::optional<Product> existing = findBySku(sku);
    if (existing && !allowUpdate)
        return makeError(ErrorCode::AlreadyExists, CatalogTr::tr("There is already a product with SKU %1.").arg(sku));

    Product p = existing.value_or(Product());
    p.sku = sku;
    if (in.name)
        p.name = in.name->trimmed();
    if (p.name.isEmpty() || p.name.size() > 200)
        return invalid(CatalogTr::tr("Product %1 needs a name of 1 to 200 characters.").arg(sku));
    if (in.plu)
        p.plu = normalizeCodeText(*in.plu);
    if (in.unit)
        p.unit = in.unit->trimmed();
    if (in.priceMinor)
        p.priceMinor = *in.priceMinor;
    if (in.costMinor)
        p.costMinor = *in.costMinor;
    if (in.memberPriceMinor)
        p.memberPriceMinor = *in.memberPriceMinor;
    if (in.taxBp)
        p.taxBp = *in.taxBp;
    if (in.weighed)
        p.weighed = *in.weighed;
    if (in.openPrice)
        p.openPrice = *in.openPrice;
    if (in.active)
        p.active = *in.active;
    if (!existing && !in.priceMinor && !p.openPrice)
        return invalid(CatalogTr::tr("Product %1 needs a price (or must be an open-price item).").arg(sku));
    if (p.priceMinor < 0 || p.costMinor < 0 || (p.memberPriceMinor && *p.memberPriceMinor < 0))
        return invalid(CatalogTr::tr("Prices of product %1 cannot be negative.").arg(sku));
    if (p.taxBp < 0 || p.taxBp > 10000)
        return invalid(CatalogTr::tr("The tax rate of product %1 must be between 0% and 100%.").arg(sku));
    if (in.initials) {
        const QString ini = in.initials->trimmed().toLower();
        for (QChar c : ini)
            if (!(c >= u'a' && c <= u'z') && !(c >= u'0' && c <= u'9'))
                return invalid(CatalogTr::tr("Initials (助记码) of product %1 may contain only letters a-z and digits.").arg(sku));
        p.initials = ini;
        p.initialsCustom = !ini.isEmpty();
    }
    if (!p.initialsCustom) {
        const QStringList variants = pinyinInitials(p.name, 1);
        p.initials = variants.isEmpty() ? QString() : variants.first();
    }

    QStringList keys;
    if (in.barcodes) {
        for (const QString& raw : *in.barcodes) {
            if (raw.trimmed().isEmpty())
                continue;
            auto info = classifyBarcode(raw);
            if (!info)
                return invalid(CatalogTr::tr("Product %1: %2").arg(sku, info.message()));
            if (!keys.contains(info->key))
                keys << info->key;
        }
    }
    // Every check comes before the first write: an import that skips bad rows commits the
    // rest, so a refused row must leave nothing behind (no product without its barcodes, no
    // orphan category).
    if (!p.plu.isEmpty()) {
        Statement s = m_db.cached("SELECT sku FROM products WHERE plu = ? AND sku <> ?");
        s.bindAll(p.plu, sku);
        if (s.step())
            return makeError(ErrorCode::Conflict, CatalogTr::tr("PLU %1 already belongs to product %2.").arg(p.plu, s.text(0)));
    }
    if (in.barcodes) {
        Statement owner = m_db.cached("SELECT p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id "
                                      "WHERE b.code = ? AND p.sku <> ?");
        for (const QString& key : keys) {
            owner.reset();
            owner.bindAll(key, sku);
            if (owner.step())
                return makeError(ErrorCode::Conflict,
                                 CatalogTr::tr("Barcode %1 already belongs to product %2.").arg(key, owner.text(0)));
        }
        owner.reset();
    }
    if (in.categoryPath)
        p.categoryId = in.categoryPath->trimmed().isEmpty() ? 0 : ensureCategory(*in.categoryPath);

    const QString now = isoWithOffset(m_clock.now());
    const std::optional<qint64> category = p.categoryId ? std::optional<qint64>(p.categoryId) : std::nullopt;
    const std::optional<QString> plu = p.plu.isEmpty() ? std::nullopt : std::optional<QString>(p.plu);
    if (existing) {
        Statement u = m_db.cached(
            "UPDATE products SET plu = ?, name = ?, initials = ?, initials_custom = ?, category_id = ?, unit = ?, "
            "price_minor = ?, member_price_minor = ?, cost_minor = ?, tax_bp = ?, weighed = ?, open_price = ?, "
            "active = ?, updated_at = ? WHERE id = ?");
        u.bindAll(plu, p.name, orEmpty(p.initials), p.initialsCustom, category, orEmpty(p.unit), p.priceMinor, p.memberPriceMinor,
                  p.costMinor, qint64(p.taxBp), p.weighed, p.openPrice, p.active, now, p.id);
        u.run();
    } else {
        p.uuid = Uuid::v7(m_clock.nowMs());
        Statement ins = m_db.cached(
            "INSERT INTO products(uuid, sku, plu, name, initials, initials_custom, category_id, unit, price_minor, "
            "member_price_minor, cost_minor, tax_bp, weighed, open_price, active, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bindAll(p.uuid.bytes(), sku, plu, p.name, orEmpty(p.initials), p.initialsCustom, category, orEmpty(p.unit), p.priceMinor,
                    p.memberPriceMinor, p.costMinor, qint64(p.taxBp), p.weighed, p.openPrice, p.active, now);
        ins.run();
        p.id = m_db.lastInsertRowId();
    }
    if (in.barcodes) {
        Statement del = m_db.cached("DELETE FROM product_barcodes WHERE product_id = ?");
        del.bind(1, p.id);
        del.run();
        Statement add = m_db.cached("INSERT INTO product_barcodes(code, product_id) VALUES (?, ?)");
        for (const QString& key : keys) {
            add.reset();
            add.bindAll(key, p.id);
            add.run();
        }
        p.barcodes = keys;
    } else if (existing) {
        p.barcodes = existing->barcodes;
    }
    if (!existing || in.name || in.initials)
        index(p.id, p.name, p.sku, p.initialsCustom ? p.initials : QString());
    if (!existing || existing->priceMinor != p.priceMinor || existing->memberPriceMinor != p.memberPriceMinor) {
        PriceHistoryEntry entry;
        entry.at = m_clock.now();
        entry.retailMinor = p.priceMinor;
        entry.memberPriceMinor = p.memberPriceMinor;
        entry.source = origin == Origin::HeadOffice ? QStringLiteral("head_office") : reason.source;
        entry.priceChangeId = reason.priceChangeId;
        entry.userName = actor;
        PriceHistory(m_db).record(p.id, entry);
    }

    QJsonObject payload = productJson(p);
    m_audit.append(actor, existing ? QStringLiteral("product.edit") : QStringLiteral("product.add"), sku);
    if (origin == Origin::Local)
        m_outbox.append(QStringLiteral("product.changed"), 1, payload);
    return p.id;
}

Result<Product> ProductCatalog::add(const Session& actor, const ProductInput& input)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, CatalogTr::tr("%1 may not edit the catalog.").arg(actor.userName));
    return guarded([&]() -> Result<Product> {
        Transaction tx(m_db);
        auto id = upsertInTransaction(actor.userName, input, false);
        if (!id)
            return id.error();
        tx.commit();
        return *findById(*id);
    });
}

Result<Product> ProductCatalog::edit(const Session& actor, const QString& skuOrCode, const ProductInput& changes)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, CatalogTr::tr("%1 may not edit the catalog.").arg(actor.userName));
    return guarded([&]() -> Result<Product> {
        std::optional<Product> p = findBySku(skuOrCode);
        if (!p) {
            auto byCode = lookupCode(skuOrCode);
            if (!byCode)
                return makeError(ErrorCode::NotFound, CatalogTr::tr("There is no product %1.").arg(skuOrCode));
            p = *byCode;
        }
        ProductInput in = changes;
        const QString newSku = in.sku.value_or(p->sku);
        if (newSku != p->sku)
            return invalid(CatalogTr::tr("A product's SKU cannot be changed; add a new product instead."));
        in.sku = p->sku;
        Transaction tx(m_db);
        auto id = upsertInTransaction(actor.userName, in, true);
        if (!id)
            return id.error();
        tx.commit();
        return *findById(*id);
    });
}

std::optional<Product> ProductCatalog::loadWhere(const char* sql, const QString& arg) const
{
    Statement s = m_db.cached(sql);
    s.bind(1, arg);
    if (!s.step())
        return std::nullopt;
    Product p = readProduct(s);
    s = Statement();
    Statement codes = m_db.cached("SELECT code FROM product_barcodes WHERE product_id = ? ORDER BY code");
    codes.bind(1, p.id);
    while (codes.step())
        p.barcodes << codes.text(0);
    return p;
}

std::optional<Product> ProductCatalog::findById(qint64 id) const
{
    return loadWhere("SELECT " PRODUCT_COLUMNS PRODUCT_FROM "WHERE p.id = ?", QString::number(id));
}

std::optional<Product> ProductCatalog::findBySku(const QString& sku) const
{
    return loadWhere("SELECT " PRODUCT_COLUMNS PRODUCT_FROM "WHERE p.sku = ?", sku.trimmed());
}

std::optional<Product> ProductCatalog::findByPlu(const QString& plu) const
{
    return loadWhere("SELECT " PRODUCT_COLUMNS PRODUCT_FROM "WHERE p.plu = ?", normalizeCodeText(plu));
}

Result<Product> ProductCatalog::lookupCode(const QString& code) const
{
    return guarded([&]() -> Result<Product> {
        const QString text = normalizeCodeText(code);
        auto info = classifyBarcode(text);
        if (!info) {
            // Shops number goods with 8- or 13-digit 货号/PLU that are not GS1 codes: an exact
            // PLU or SKU wins; otherwise a bad check digit means rescan, not "unknown product".
            if (auto p = findByPlu(text))
                return *p;
            if (auto p = findBySku(text))
                return *p;
            return info.error();
        }
        // The barcode table comes first: SQLite 3.15 does not move a table in front of a LEFT
        // JOIN, so "products p LEFT JOIN categories … JOIN product_barcodes" walked every product.
        if (auto p = loadWhere("SELECT " PRODUCT_COLUMNS " FROM product_barcodes b JOIN products p ON p.id = b.product_id "
                               "LEFT JOIN categories c ON c.id = p.category_id WHERE b.code = ?",
                               info->key))
            return *p;
        if (auto p = findByPlu(text))
            return *p;
        if (auto p = findBySku(text))
            return *p;
        return makeError(ErrorCode::NotFound, CatalogTr::tr("No product has the code %1.").arg(text));
    });
}

QList<Product> ProductCatalog::all() const
{
    QList<Product> out;
    QHash<qint64, QStringList> codes;
    Statement c = m_db.prepare("SELECT product_id, code FROM product_barcodes ORDER BY code");
    while (c.step())
        codes[c.int64(0)] << c.text(1);
    Statement s = m_db.prepare("SELECT " PRODUCT_COLUMNS PRODUCT_FROM "ORDER BY p.sku");
    while (s.step()) {
        Product p = readProduct(s);
        p.barcodes = codes.value(p.id);
        out.append(std::move(p));
    }
    return out;
}

QList<ProductCategory> ProductCatalog::categories() const
{
    QList<ProductCategory> out;
    Statement s = m_db.prepare("SELECT id, path FROM categories ORDER BY path");
    while (s.step())
        out.append({s.int64(0), s.text(1)});
    return out;
}

qint64 ProductCatalog::count() const { return m_db.queryInt64("SELECT count(*) FROM products").value_or(0); }

} // namespace patron
