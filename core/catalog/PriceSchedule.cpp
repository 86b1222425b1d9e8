#include "catalog/PriceSchedule.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "catalog/ProductCatalog.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PriceScheduleTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PriceSchedule)
};

QString priceChangeStatusCode(PriceChangeStatus s)
{
    switch (s) {
    case PriceChangeStatus::Pending: return QStringLiteral("pending");
    case PriceChangeStatus::Applied: return QStringLiteral("applied");
    case PriceChangeStatus::Cancelled: return QStringLiteral("cancelled");
    case PriceChangeStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

PriceChangeStatus priceChangeStatusFromCode(const QString& code)
{
    if (code == QLatin1String("applied"))
        return PriceChangeStatus::Applied;
    if (code == QLatin1String("cancelled"))
        return PriceChangeStatus::Cancelled;
    if (code == QLatin1String("failed"))
        return PriceChangeStatus::Failed;
    return PriceChangeStatus::Pending;
}

namespace {

#define CHANGE_COLUMNS                                                                                       \
    "c.id, c.uuid, c.batch_uuid, c.product_id, p.sku, p.name, c.retail_minor, c.member_action, "              \
    "c.member_price_minor, c.effective_at, c.status, c.note, c.created_by, c.outcome "                       \
    "FROM price_changes c JOIN products p ON p.id = c.product_id "

PriceChange readChange(Statement& s)
{
    PriceChange c;
    c.id = s.int64(0);
    c.uuid = Uuid::fromBytes(s.blob(1));
    c.batchUuid = Uuid::fromBytes(s.blob(2));
    c.productId = s.int64(3);
    c.sku = s.text(4);
    c.productName = s.text(5);
    c.retailMinor = s.optInt64(6);
    const QString member = s.text(7);
    if (member == QLatin1String("set"))
        c.memberPriceMinor = s.optInt64(8);
    else if (member == QLatin1String("clear"))
        c.memberPriceMinor = std::optional<qint64>();
    c.effectiveAt = QDateTime::fromString(s.text(9), Qt::ISODate);
    c.status = priceChangeStatusFromCode(s.text(10));
    c.note = s.text(11);
    c.createdBy = s.text(12);
    c.outcome = s.text(13);
    return c;
}

Error invalid(const QString& message) { return {ErrorCode::InvalidInput, message}; }

// Minutes are what a manager types ("2026-12-01 08:00"): a time within the current minute is
// "now", not "in the past".
QDateTime startOfMinute(const QDateTime& t)
{
    QDateTime m = t;
    m.setTime(QTime(t.time().hour(), t.time().minute()));
    return m;
}

} // namespace

PriceSchedule::PriceSchedule(Database& db, ProductCatalog& catalog, AuditLog& audit, const Clock& clock)
    : m_db(db), m_catalog(catalog), m_audit(audit), m_clock(clock)
{
}

Result<QDateTime> PriceSchedule::effectiveTime(std::optional<QDateTime> at) const
{
    const QDateTime now = m_clock.now();
    if (!at)
        return now;
    if (!at->isValid())
        return invalid(PriceScheduleTr::tr("The effective time is not a valid date and time."));
    if (*at < startOfMinute(now))
        return invalid(PriceScheduleTr::tr("The effective time %1 has passed; leave it empty to change the price now.")
                           .arg(at->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return *at;
}

Result<qint64> PriceSchedule::scheduleInTransaction(const QString& actor, const Uuid& batch, const PriceChangeRequest& line,
                                                    const QDateTime& at, const QString& note)
{
    Q_ASSERT(m_db.inTransaction());
    std::optional<Product> product = m_catalog.findBySku(line.skuOrCode);
    if (!product) {
        auto byCode = m_catalog.lookupCode(line.skuOrCode);
        if (!byCode)
            return makeError(ErrorCode::NotFound, PriceScheduleTr::tr("There is no product %1.").arg(line.skuOrCode));
        product = *byCode;
    }
    const QString sku = product->sku;
    if (!line.retailMinor && !line.memberPriceMinor)
        return invalid(PriceScheduleTr::tr("The price change for %1 changes nothing: give a retail or a member price.").arg(sku));
    if ((line.retailMinor && *line.retailMinor < 0) || (line.memberPriceMinor && *line.memberPriceMinor && **line.memberPriceMinor < 0))
        return invalid(PriceScheduleTr::tr("Prices of product %1 cannot be negative.").arg(sku));
    const qint64 retail = line.retailMinor.value_or(product->priceMinor);
    const std::optional<qint64> member = line.memberPriceMinor.value_or(product->memberPriceMinor);
    // A member price above retail would never be used (pricing takes the better of the two): a typo.
    if (member && *member > retail)
        return invalid(PriceScheduleTr::tr("The member price of %1 would be above its retail price.").arg(sku));
    {
        Statement dup = m_db.cached("SELECT id FROM price_changes WHERE product_id = ? AND effective_ms = ? AND status = 'pending'");
        dup.bindAll(product->id, at.toMSecsSinceEpoch());
        if (dup.step())
            return makeError(ErrorCode::Conflict,
                             PriceScheduleTr::tr("Product %1 already has price change #%2 for that time; cancel it first.")
                                 .arg(sku)
                                 .arg(dup.int64(0)));
    }
    const QString memberAction = !line.memberPriceMinor ? QStringLiteral("keep")
                                 : *line.memberPriceMinor ? QStringLiteral("set")
                                                          : QStringLiteral("clear");
    const std::optional<qint64> memberValue = line.memberPriceMinor ? *line.memberPriceMinor : std::nullopt;
    Statement ins = m_db.cached(
        "INSERT INTO price_changes(uuid, batch_uuid, product_id, retail_minor, member_action, member_price_minor, "
        "effective_at, effective_ms, status, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)");
    ins.bindAll(Uuid::v7(m_clock.nowMs()).bytes(), batch.bytes(), product->id, line.retailMinor, memberAction, memberValue,
                isoWithOffset(at), at.toMSecsSinceEpoch(), note.isNull() ? QStringLiteral("") : note, actor,
                isoWithOffset(m_clock.now()));
    ins.run();
    const qint64 id = m_db.lastInsertRowId();
    QJsonObject details{{QStringLiteral("id"), id}, {QStringLiteral("effective_at"), isoWithOffset(at)}};
    if (line.retailMinor)
        details.insert(QStringLiteral("retail_minor"), *line.retailMinor);
    if (memberValue)
        details.insert(QStringLiteral("member_price_minor"), *memberValue);
    else if (memberAction == QLatin1String("clear"))
        details.insert(QStringLiteral("member_price_minor"), QJsonValue::Null);
    m_audit.append(actor, QStringLiteral("price.schedule"), sku, details);
    return id;
}

Result<QList<PriceChange>> PriceSchedule::schedule(const Session& actor, const QList<PriceChangeRequest>& lines,
                                                   std::optional<QDateTime> at, const QString& note)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, PriceScheduleTr::tr("%1 may not edit the catalog.").arg(actor.userName));
    if (lines.isEmpty())
        return invalid(PriceScheduleTr::tr("A price change needs at least one product."));
    auto when = effectiveTime(at);
    if (!when)
        return when.error();
    return guarded([&]() -> Result<QList<PriceChange>> {
        Transaction tx(m_db);
        const Uuid batch = Uuid::v7(m_clock.nowMs());
        QList<qint64> ids;
        for (const PriceChangeRequest& line : lines) {
            auto id = scheduleInTransaction(actor.userName, batch, line, *when, note);
            if (!id)
                return id.error();
            ids << *id;
        }
        applyDueInTransaction();
        tx.commit();
        QList<PriceChange> out;
        for (qint64 id : ids)
            out << *find(id);
        return out;
    });
}

int PriceSchedule::applyDueInTransaction()
{
    Q_ASSERT(m_db.inTransaction());
    const QList<PriceChange> due = query("c.status = 'pending' AND c.effective_ms <= ?", m_clock.nowMs(), "c.effective_ms, c.id");
    int applied = 0;
    for (const PriceChange& change : due) {
        ProductInput in;
        in.sku = change.sku;
        in.priceMinor = change.retailMinor;
        in.memberPriceMinor = change.memberPriceMinor;
        PriceReason reason{QStringLiteral("scheduled"), change.id};
        auto written = m_catalog.upsertInTransaction(change.createdBy, in, true, ProductCatalog::Origin::Local, reason);
        const QString now = isoWithOffset(m_clock.now());
        if (written) {
            m_db.execute("UPDATE price_changes SET status = 'applied', outcome = ? WHERE id = ?", now, change.id);
            ++applied;
        } else {
            // Kept, not retried: a change refused once (the product changed since) needs a person.
            m_db.execute("UPDATE price_changes SET status = 'failed', outcome = ? WHERE id = ?", written.message(), change.id);
            m_audit.append(change.createdBy, QStringLiteral("price.failed"), change.sku,
                           {{QStringLiteral("id"), change.id}, {QStringLiteral("reason"), written.message()}});
        }
    }
    return applied;
}

Result<int> PriceSchedule::applyDue()
{
    return guarded([&]() -> Result<int> {
        // Most calls find nothing: look before taking the write lock.
        auto next = nextDue();
        if (!next || *next > m_clock.now())
            return 0;
        Transaction tx(m_db);
        const int applied = applyDueInTransaction();
        tx.commit();
        return applied;
    });
}

Result<PriceChange> PriceSchedule::cancel(const Session& actor, qint64 id)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied, PriceScheduleTr::tr("%1 may not edit the catalog.").arg(actor.userName));
    return guarded([&]() -> Result<PriceChange> {
        Transaction tx(m_db);
        std::optional<PriceChange> change = find(id);
        if (!change)
            return makeError(ErrorCode::NotFound, PriceScheduleTr::tr("There is no price change #%1.").arg(id));
        if (change->status != PriceChangeStatus::Pending)
            return makeError(ErrorCode::Refused,
                             PriceScheduleTr::tr("Price change #%1 is %2, not pending: only a pending change can be cancelled.")
                                 .arg(id)
                                 .arg(priceChangeStatusCode(change->status)));
        // A change whose moment has come is applied, not cancelled: the shelf may already show it.
        if (change->effectiveAt <= m_clock.now()) {
            applyDueInTransaction();
            tx.commit();
            return makeError(ErrorCode::Refused,
                             PriceScheduleTr::tr("Price change #%1 took effect at %2; it can no longer be cancelled.")
                                 .arg(id)
                                 .arg(change->effectiveAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
        m_db.execute("UPDATE price_changes SET status = 'cancelled', outcome = ? WHERE id = ?",
                     actor.userName + u' ' + isoWithOffset(m_clock.now()), id);
        m_audit.append(actor.userName, QStringLiteral("price.cancel"), change->sku, {{QStringLiteral("id"), id}});
        tx.commit();
        return *find(id);
    });
}

QList<PriceChange> PriceSchedule::query(const char* where, std::optional<qint64> arg, const char* order) const
{
    const QByteArray sql = QByteArrayLiteral("SELECT " CHANGE_COLUMNS "WHERE ") + where + " ORDER BY " + order;
    Statement s = m_db.prepare(sql.constData());
    if (arg)
        s.bind(1, *arg);
    QList<PriceChange> out;
    while (s.step())
        out << readChange(s);
    return out;
}

Result<QList<PriceChange>> PriceSchedule::list(bool pendingOnly, int limit) const
{
    return guarded([&]() -> Result<QList<PriceChange>> {
        if (pendingOnly)
            return query("c.status = 'pending'", std::nullopt, "c.effective_ms, c.id");
        if (limit > 0)
            return query("1", std::nullopt, QByteArray("c.effective_ms DESC, c.id DESC LIMIT " + QByteArray::number(limit)).constData());
        return query("1", std::nullopt, "c.effective_ms DESC, c.id DESC");
    });
}

Result<QList<PriceChange>> PriceSchedule::forProduct(qint64 productId) const
{
    return guarded([&]() -> Result<QList<PriceChange>> {
        return query("c.product_id = ?", productId, "c.effective_ms DESC, c.id DESC");
    });
}

std::optional<PriceChange> PriceSchedule::find(qint64 id) const
{
    const QList<PriceChange> found = query("c.id = ?", id, "c.id");
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<QDateTime> PriceSchedule::nextDue() const
{
    auto ms = m_db.queryInt64("SELECT min(effective_ms) FROM price_changes WHERE status = 'pending'");
    if (!ms)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*ms, m_clock.now().timeZone());
}

} // namespace patron
