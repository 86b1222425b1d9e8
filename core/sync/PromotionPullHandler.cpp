#include "sync/PromotionPullHandler.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "hq/HqClient.h"
#include "hq/HqPromotion.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PromotionPullHandlerTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PromotionPullHandler)
};

namespace {

const QString kActor = QStringLiteral("hq");

QString isoOrEmpty(const QDateTime& t) { return t.isValid() ? isoWithOffset(t) : QString(); }
QString hmOrEmpty(const QTime& t) { return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString(); }
} // namespace

Uuid PromotionPullHandler::uuidFor(const QString& code)
{
    const QByteArray name = QByteArray("patron.hq.promotion:") + code.toUtf8();
    QByteArray b = QCryptographicHash::hash(name, QCryptographicHash::Sha1).left(16);
    b[6] = char((uchar(b[6]) & 0x0f) | 0x50);  // version 5
    b[8] = char((uchar(b[8]) & 0x3f) | 0x80);  // RFC variant
    return Uuid::fromBytes(b);
}

void PromotionPullHandler::refuse(Database& db, const PulledChange& change, const QString& why)
{
    db.execute("UPDATE promotions SET active = 0 WHERE uuid = ?", uuidFor(change.key).bytes());
    m_audit.append(kActor, QStringLiteral("sync.pull.refused"), change.key,
                   {{QStringLiteral("kind"), change.kind}, {QStringLiteral("error"), why}});
}

void PromotionPullHandler::apply(Database& db, const PulledChange& change)
{
    Q_ASSERT(db.inTransaction());
    const QByteArray uuid = uuidFor(change.key).bytes();
    if (change.deleted) {
        db.execute("UPDATE promotions SET active = 0 WHERE uuid = ?", uuid);
        return;
    }
    const auto promo = HqPromotion::fromRow(change.data);
    if (!promo)
        return refuse(db, change, PromotionPullHandlerTr::tr("This till does not understand the promotion's terms."));
    const bool product = promo->scope == PromotionScope::Product;
    const auto target = product ? db.queryInt64("SELECT id FROM products WHERE sku = ?", promo->target)
                                : db.queryInt64("SELECT id FROM categories WHERE path = ?", promo->target);
    if (!target)
        return refuse(db, change,
                      (product ? PromotionPullHandlerTr::tr("There is no product %1 at this till.")
                               : PromotionPullHandlerTr::tr("There is no category %1 at this till."))
                          .arg(promo->target));
    const Promotion& t = promo->terms;
    const QString scope = product ? QStringLiteral("product") : QStringLiteral("category");
    if (db.queryInt64("SELECT id FROM promotions WHERE uuid = ?", uuid)) {
        Statement s = db.prepare(
            "UPDATE promotions SET name = ?, kind = ?, scope = ?, target_id = ?, percent_bp = ?, amount_minor = ?,"
            " buy_qty = ?, get_qty = ?, bundle_price_minor = ?, starts_at = ?, ends_at = ?, weekdays = ?,"
            " time_from = ?, time_to = ?, member_only = ?, active = ? WHERE uuid = ?");
        s.bindAll(t.name, promotionKindCode(t.kind), scope, *target, qint64(t.percentBp), t.amountMinor,
                  qint64(t.buyQty), qint64(t.getQty), t.bundlePriceMinor, isoOrEmpty(t.startsAt), isoOrEmpty(t.endsAt),
                  t.weekdays, hmOrEmpty(t.timeFrom), hmOrEmpty(t.timeTo), t.memberOnly, t.active, uuid);
        s.run();
        return;
    }
    Statement s = db.prepare(
        "INSERT INTO promotions(uuid, name, kind, scope, target_id, percent_bp, amount_minor, buy_qty, get_qty,"
        " bundle_price_minor, starts_at, ends_at, weekdays, time_from, time_to, member_only, active, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bindAll(uuid, t.name, promotionKindCode(t.kind), scope, *target, qint64(t.percentBp), t.amountMinor,
              qint64(t.buyQty), qint64(t.getQty), t.bundlePriceMinor, isoOrEmpty(t.startsAt), isoOrEmpty(t.endsAt),
              t.weekdays, hmOrEmpty(t.timeFrom), hmOrEmpty(t.timeTo), t.memberOnly, t.active,
              isoWithOffset(m_clock.now()));
    s.run();
}

} // namespace patron
