#include "sales/PromotionService.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "sales/Cart.h"
#include "sales/SalesContext.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PromotionTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Promotion)
};

namespace {

#define PROMO_COLUMNS                                                                              \
    "id, name, kind, scope, target_id, percent_bp, amount_minor, buy_qty, get_qty, bundle_price_minor, " \
    "starts_at, ends_at, weekdays, time_from, time_to, member_only, active"

Promotion readPromotion(Statement& s)
{
    Promotion p;
    p.id = s.int64(0);
    p.name = s.text(1);
    promotionKindFromCode(s.text(2), &p.kind);
    p.scope = s.text(3) == u"category" ? PromotionScope::Category : PromotionScope::Product;
    p.targetId = s.int64(4);
    p.percentBp = int(s.int64(5));
    p.amountMinor = s.int64(6);
    p.buyQty = int(s.int64(7));
    p.getQty = int(s.int64(8));
    p.bundlePriceMinor = s.int64(9);
    p.startsAt = QDateTime::fromString(s.text(10), Qt::ISODate);
    p.endsAt = QDateTime::fromString(s.text(11), Qt::ISODate);
    p.weekdays = s.text(12);
    p.timeFrom = QTime::fromString(s.text(13), QStringLiteral("HH:mm"));
    p.timeTo = QTime::fromString(s.text(14), QStringLiteral("HH:mm"));
    p.memberOnly = s.int64(15) != 0;
    p.active = s.int64(16) != 0;
    return p;
}

} // namespace

Result<Promotion> PromotionService::add(const Session& actor, Promotion p)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, PromotionTr::tr("%1 may not edit promotions.").arg(actor.userName));
    if (p.targetId <= 0)
        return makeError(ErrorCode::InvalidInput, PromotionTr::tr("A promotion needs a product or a category."));
    if (const QString problem = p.problem(); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    return guarded([&]() -> Result<Promotion> {
        Transaction tx(m_ctx.db);
        const char* table = p.scope == PromotionScope::Product ? "SELECT count(*) FROM products WHERE id = ?"
                                                               : "SELECT count(*) FROM categories WHERE id = ?";
        if (m_ctx.db.queryInt64(table, p.targetId).value_or(0) == 0)
            return makeError(ErrorCode::NotFound, PromotionTr::tr("The promotion's product or category does not exist."));
        const QDateTime now = m_ctx.clock.now();
        const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
        auto iso = [](const QDateTime& t) { return t.isValid() ? isoWithOffset(t) : QString(); };
        auto hm = [](const QTime& t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); };
        Statement s = m_ctx.db.prepare(
            "INSERT INTO promotions(uuid, name, kind, scope, target_id, percent_bp, amount_minor, buy_qty, get_qty, "
            "bundle_price_minor, starts_at, ends_at, weekdays, time_from, time_to, member_only, active, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
        s.bindAll(uuid.bytes(), p.name.trimmed(), promotionKindCode(p.kind),
                  p.scope == PromotionScope::Product ? QStringLiteral("product") : QStringLiteral("category"), p.targetId,
                  qint64(p.percentBp), p.amountMinor, qint64(p.buyQty), qint64(p.getQty), p.bundlePriceMinor, iso(p.startsAt),
                  iso(p.endsAt), p.weekdays, hm(p.timeFrom), hm(p.timeTo), p.memberOnly, isoWithOffset(now));
        s.run();
        p.id = m_ctx.db.lastInsertRowId();
        p.active = true;
        m_ctx.audit.append(actor.userName, QStringLiteral("promotion.add"), p.name, {{QStringLiteral("id"), p.id}});
        m_ctx.outbox.append(QStringLiteral("promotion.changed"), 1,
                            {{QStringLiteral("uuid"), uuid.toString()}, {QStringLiteral("name"), p.name},
                             {QStringLiteral("kind"), promotionKindCode(p.kind)}, {QStringLiteral("active"), true}});
        tx.commit();
        return p;
    });
}

Result<Promotion> PromotionService::update(const Session& actor, Promotion p)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, PromotionTr::tr("%1 may not edit promotions.").arg(actor.userName));
    if (const QString problem = p.problem(); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    return guarded([&]() -> Result<Promotion> {
        Transaction tx(m_ctx.db);
        auto uuid = m_ctx.db.queryText("SELECT hex(uuid) FROM promotions WHERE id = ? AND active = 1", p.id);
        if (!uuid)
            return makeError(ErrorCode::NotFound, PromotionTr::tr("There is no running promotion %1.").arg(p.id));
        const char* table = p.scope == PromotionScope::Product ? "SELECT count(*) FROM products WHERE id = ?"
                                                               : "SELECT count(*) FROM categories WHERE id = ?";
        if (m_ctx.db.queryInt64(table, p.targetId).value_or(0) == 0)
            return makeError(ErrorCode::NotFound, PromotionTr::tr("The promotion's product or category does not exist."));
        auto iso = [](const QDateTime& t) { return t.isValid() ? isoWithOffset(t) : QString(); };
        auto hm = [](const QTime& t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); };
        m_ctx.db.execute("UPDATE promotions SET name = ?, kind = ?, scope = ?, target_id = ?, percent_bp = ?, amount_minor = ?, "
                         "buy_qty = ?, get_qty = ?, bundle_price_minor = ?, starts_at = ?, ends_at = ?, weekdays = ?, "
                         "time_from = ?, time_to = ?, member_only = ? WHERE id = ?",
                         p.name.trimmed(), promotionKindCode(p.kind),
                         p.scope == PromotionScope::Product ? QStringLiteral("product") : QStringLiteral("category"),
                         p.targetId, qint64(p.percentBp), p.amountMinor, qint64(p.buyQty), qint64(p.getQty),
                         p.bundlePriceMinor, iso(p.startsAt), iso(p.endsAt), p.weekdays, hm(p.timeFrom), hm(p.timeTo),
                         p.memberOnly, p.id);
        p.active = true;
        m_ctx.audit.append(actor.userName, QStringLiteral("promotion.edit"), p.name, {{QStringLiteral("id"), p.id}});
        const Uuid id = Uuid::fromBytes(QByteArray::fromHex(uuid->toLatin1()));
        m_ctx.outbox.append(QStringLiteral("promotion.changed"), 1,
                            {{QStringLiteral("uuid"), id.toString()}, {QStringLiteral("name"), p.name},
                             {QStringLiteral("kind"), promotionKindCode(p.kind)}, {QStringLiteral("active"), true}});
        tx.commit();
        return p;
    });
}

Result<void> PromotionService::end(const Session& actor, qint64 id)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, PromotionTr::tr("%1 may not edit promotions.").arg(actor.userName));
    return guarded([&]() -> Result<void> {
        Transaction tx(m_ctx.db);
        if (m_ctx.db.execute("UPDATE promotions SET active = 0 WHERE id = ? AND active = 1", id) == 0)
            return makeError(ErrorCode::NotFound, PromotionTr::tr("There is no running promotion %1.").arg(id));
        m_ctx.audit.append(actor.userName, QStringLiteral("promotion.end"), QString::number(id));
        m_ctx.outbox.append(QStringLiteral("promotion.changed"), 1, {{QStringLiteral("id"), id}, {QStringLiteral("active"), false}});
        tx.commit();
        return {};
    });
}

Result<QList<Promotion>> PromotionService::list(bool activeOnly) const
{
    return guarded([&] {
        QList<Promotion> out;
        Statement s = m_ctx.db.prepare(activeOnly ? "SELECT " PROMO_COLUMNS " FROM promotions WHERE active = 1 ORDER BY id"
                                                  : "SELECT " PROMO_COLUMNS " FROM promotions ORDER BY id");
        while (s.step())
            out << readPromotion(s);
        return out;
    });
}

QList<Promotion> PromotionService::candidatesFor(const Cart& cart) const
{
    QSet<qint64> productSet, categorySet;
    for (const CartLine& l : cart.lines) {
        productSet.insert(l.productId);
        if (l.categoryId)
            categorySet.insert(l.categoryId);
    }
    QList<qint64> products(productSet.begin(), productSet.end());
    QList<qint64> categories(categorySet.begin(), categorySet.end());
    // A few products and a few categories per statement instead of one statement per product and
    // per category (a checkout ran ten, then two): the slots left over hold an id no row has.
    // UNION ALL, not OR: SQLite 3.15 scans the whole index for the OR of the two scopes but
    // searches it for each half of the union.
    constexpr int kSlots = 8;
    Statement s = m_ctx.db.cached(
        "SELECT " PROMO_COLUMNS " FROM promotions WHERE active = 1 AND scope = 'product'"
        " AND target_id IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        " UNION ALL SELECT " PROMO_COLUMNS " FROM promotions WHERE active = 1 AND scope = 'category'"
        " AND target_id IN (?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    QList<Promotion> out;
    const qsizetype passes = (std::max(products.size(), categories.size()) + kSlots - 1) / kSlots;
    for (qsizetype pass = 0; pass < passes; ++pass) {
        s.reset();
        for (int slot = 0; slot < kSlots; ++slot) {
            const qsizetype i = pass * kSlots + slot;
            s.bind(1 + slot, i < products.size() ? products[i] : qint64(-1));
            s.bind(1 + kSlots + slot, i < categories.size() ? categories[i] : qint64(-1));
        }
        while (s.step())
            out << readPromotion(s);
    }
    s.reset();
    // Each line sees its product's promotions, then its category's, each in id order: the
    // pricing engine's tie-break expects that order, whatever order the passes found them in.
    std::sort(out.begin(), out.end(), [](const Promotion& a, const Promotion& b) {
        const bool aProduct = a.scope == PromotionScope::Product, bProduct = b.scope == PromotionScope::Product;
        if (aProduct != bProduct)
            return aProduct;
        return a.targetId != b.targetId ? a.targetId < b.targetId : a.id < b.id;
    });
    return out;
}

} // namespace patron
