#include "members/CountCardService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

QString CountCard::status(const QDateTime& now) const
{
    if (remaining() <= 0)
        return QStringLiteral("exhausted");
    if (expiresAt.isValid() && expiresAt <= now)
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

QJsonObject CountCard::toJson(const QDateTime& now) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("uuid"), uuid.toString()},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("name"), name},
            {QStringLiteral("total_uses"), totalUses},
            {QStringLiteral("used"), used},
            {QStringLiteral("remaining"), remaining()},
            {QStringLiteral("expires_at"), expiresAt.isValid() ? QJsonValue(isoWithOffset(expiresAt)) : QJsonValue()},
            {QStringLiteral("status"), status(now)}};
}

CountCardService::CountCardService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox)
{
}

Result<CountCard> CountCardService::byId(qint64 cardId) const
{
    return guarded([&]() -> Result<CountCard> {
        Statement s = m_db.prepare(
            "SELECT id, uuid, member_id, sku, name, total_uses, used, expires_ms, created_ms FROM count_cards WHERE id = ?");
        s.bind(1, cardId);
        if (!s.step())
            return makeError(ErrorCode::NotFound, MembersTr::tr("There is no count card %1.").arg(cardId));
        const QTimeZone zone = m_clock.now().timeZone();
        CountCard c;
        c.id = s.int64(0);
        c.uuid = Uuid::fromBytes(s.blob(1));
        c.memberId = s.int64(2);
        c.sku = s.text(3);
        c.name = s.text(4);
        c.totalUses = int(s.int64(5));
        c.used = int(s.int64(6));
        if (!s.isNull(7))
            c.expiresAt = QDateTime::fromMSecsSinceEpoch(s.int64(7), zone);
        c.createdAt = QDateTime::fromMSecsSinceEpoch(s.int64(8), zone);
        return c;
    });
}

void CountCardService::publish(const QString& type, const CountCard& card)
{
    QJsonObject payload = card.toJson(m_clock.now());
    Statement s = m_db.prepare("SELECT uuid FROM members WHERE id = ?");
    s.bind(1, card.memberId);
    payload.insert(QStringLiteral("member_uuid"), s.step() ? Uuid::fromBytes(s.blob(0)).toString() : QString());
    m_outbox.append(type, 1, payload);
}

Result<CountCard> CountCardService::create(qint64 memberId, const QString& sku, const QString& name, int uses,
                                           int validDays, const Uuid& saleUuid)
{
    Q_ASSERT(m_db.inTransaction());
    if (sku.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A count card is for one product: give its SKU."));
    if (uses <= 0 || uses > 1000)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A count card has 1 to 1000 uses."));
    if (validDays < 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("The validity cannot be negative."));
    if (m_db.queryInt64("SELECT count(*) FROM members WHERE id = ? AND status = 'active'", memberId).value_or(0) == 0)
        return makeError(ErrorCode::NotFound, MembersTr::tr("There is no active member with the id %1.").arg(memberId));
    const QDateTime now = m_clock.now();
    // N days including today, through the end of the last one.
    const std::optional<qint64> expires = validDays > 0
        ? std::optional<qint64>(QDateTime(now.date().addDays(validDays), QTime(0, 0), now.timeZone()).toMSecsSinceEpoch())
        : std::nullopt;
    m_db.execute("INSERT INTO count_cards(uuid, member_id, sku, name, total_uses, expires_ms, sale_uuid, created_ms)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 Uuid::v7(now.toMSecsSinceEpoch()).bytes(), memberId, sku.trimmed(),
                 name.trimmed().isEmpty() ? sku.trimmed() : name.trimmed(), qint64(uses), expires,
                 saleUuid.isNull() ? QByteArray() : saleUuid.bytes(), now.toMSecsSinceEpoch());
    auto card = byId(m_db.lastInsertRowId());
    publish(QStringLiteral("countcard.created"), *card);
    return card;
}

Result<CountCard> CountCardService::use(qint64 cardId, const Uuid& saleUuid, const QString& user)
{
    Q_ASSERT(m_db.inTransaction());
    auto card = byId(cardId);
    if (!card)
        return card;
    const QDateTime now = m_clock.now();
    const QString status = card->status(now);
    if (status == u"exhausted")
        return makeError(ErrorCode::Refused, MembersTr::tr("Count card %1 (%2) has no uses left.").arg(cardId).arg(card->name));
    if (status == u"expired")
        return makeError(ErrorCode::Refused, MembersTr::tr("Count card %1 (%2) expired on %3.")
                                                 .arg(cardId).arg(card->name, card->expiresAt.date().toString(Qt::ISODate)));
    if (m_db.execute("UPDATE count_cards SET used = used + 1 WHERE id = ? AND used < total_uses", cardId) == 0)
        return makeError(ErrorCode::Conflict, MembersTr::tr("Count card %1 was used up meanwhile.").arg(cardId));
    m_db.execute("INSERT INTO count_card_uses(uuid, card_id, sale_uuid, user_name, used_ms) VALUES (?, ?, ?, ?, ?)",
                 Uuid::v7(now.toMSecsSinceEpoch()).bytes(), cardId, saleUuid.isNull() ? QByteArray() : saleUuid.bytes(),
                 user, now.toMSecsSinceEpoch());
    auto after = byId(cardId);
    publish(QStringLiteral("countcard.used"), *after);
    return after;
}

Result<CountCard> CountCardService::add(const Session& actor, qint64 memberId, const QString& sku, const QString& name,
                                        int uses, int validDays)
{
    if (!actor.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not sell count cards.").arg(actor.userName));
    return guarded([&]() -> Result<CountCard> {
        Transaction tx(m_db);
        auto card = create(memberId, sku, name, uses, validDays, {});
        if (!card)
            return card;
        m_audit.append(actor.userName, QStringLiteral("countcard.add"), card->uuid.toString(),
                       {{QStringLiteral("sku"), card->sku}, {QStringLiteral("uses"), uses}});
        tx.commit();
        return card;
    });
}

Result<CountCard> CountCardService::use(const Session& actor, qint64 cardId)
{
    if (!actor.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not use count cards.").arg(actor.userName));
    return guarded([&]() -> Result<CountCard> {
        Transaction tx(m_db);
        auto card = use(cardId, {}, actor.userName);
        if (card)
            tx.commit();
        return card;
    });
}

Result<QList<CountCard>> CountCardService::cards(qint64 memberId) const
{
    return guarded([&]() -> Result<QList<CountCard>> {
        QList<qint64> ids;
        Statement s = m_db.prepare("SELECT id FROM count_cards WHERE member_id = ? ORDER BY id");
        s.bind(1, memberId);
        while (s.step())
            ids << s.int64(0);
        s = Statement();
        QList<CountCard> out;
        for (qint64 id : ids)
            out << *byId(id);
        return out;
    });
}

} // namespace patron
