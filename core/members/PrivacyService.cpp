#include "members/PrivacyService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "members/MemberSearchIndex.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

// Every row of one member in a table, column names as keys; BLOB UUIDs as text.
QJsonArray rows(Database& db, const char* sql, qint64 memberId, const QStringList& columns)
{
    QJsonArray out;
    Statement s = db.prepare(sql);
    s.bind(1, memberId);
    while (s.step()) {
        QJsonObject o;
        for (int i = 0; i < columns.size(); ++i) {
            const QString& c = columns[i];
            if (s.isNull(i))
                o.insert(c, QJsonValue());
            else if (c.endsWith(QLatin1String("uuid")))
                o.insert(c, Uuid::fromBytes(s.blob(i)).toString());
            else if (c.endsWith(QLatin1String("_ms")) || c.endsWith(QLatin1String("_minor")) || c == u"amount"
                     || c == u"used" || c == u"total_uses" || c == u"visits")
                o.insert(c, s.int64(i));
            else
                o.insert(c, s.text(i));
        }
        out.append(o);
    }
    return out;
}
} // namespace

PrivacyService::PrivacyService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, MemberSearchIndex& index)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_index(index), m_members(db, clock)
{
}

Result<QJsonObject> PrivacyService::exportMember(const Session& actor, qint64 memberId)
{
    if (!actor.can(perm::MemberEdit))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not export member data.").arg(actor.userName));
    return guarded([&]() -> Result<QJsonObject> {
        Transaction tx(m_db);  // a consistent snapshot, and the export itself is audited
        auto member = m_members.byId(memberId);
        if (!member)
            return makeError(ErrorCode::NotFound, MembersTr::tr("There is no member with the id %1.").arg(memberId));
        QJsonObject doc{
            {QStringLiteral("exported_at"), isoWithOffset(m_clock.now())},
            {QStringLiteral("profile"), member->toJson()},
            {QStringLiteral("points_entries"),
             rows(m_db, "SELECT uuid, kind, amount, sale_uuid, reason, created_ms, expires_ms FROM points_entries"
                        " WHERE member_id = ? ORDER BY id", memberId,
                  {QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("amount"), QStringLiteral("sale_uuid"),
                   QStringLiteral("reason"), QStringLiteral("created_ms"), QStringLiteral("expires_ms")})},
            {QStringLiteral("wallet_entries"),
             rows(m_db, "SELECT uuid, kind, principal_minor, bonus_minor, cash_minor, tender_code, sale_uuid, created_ms"
                        " FROM wallet_entries WHERE member_id = ? ORDER BY id", memberId,
                  {QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("principal_minor"),
                   QStringLiteral("bonus_minor"), QStringLiteral("cash_minor"), QStringLiteral("tender"),
                   QStringLiteral("sale_uuid"), QStringLiteral("created_ms")})},
            {QStringLiteral("coupons"),
             rows(m_db, "SELECT uuid, template_code, name, status, issued_ms, expires_ms, discount_minor FROM coupons"
                        " WHERE member_id = ? ORDER BY id", memberId,
                  {QStringLiteral("uuid"), QStringLiteral("template"), QStringLiteral("name"), QStringLiteral("status"),
                   QStringLiteral("issued_ms"), QStringLiteral("expires_ms"), QStringLiteral("discount_minor")})},
            {QStringLiteral("count_cards"),
             rows(m_db, "SELECT uuid, sku, name, total_uses, used, expires_ms FROM count_cards WHERE member_id = ? ORDER BY id",
                  memberId,
                  {QStringLiteral("uuid"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("total_uses"),
                   QStringLiteral("used"), QStringLiteral("expires_ms")})},
            {QStringLiteral("tier_changes"),
             rows(m_db, "SELECT from_tier, to_tier, reason, at_ms FROM tier_changes WHERE member_id = ? ORDER BY id", memberId,
                  {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("reason"), QStringLiteral("at_ms")})},
            {QStringLiteral("activity_days"),
             rows(m_db, "SELECT day, visits, spend_minor FROM member_activity_days WHERE member_id = ? ORDER BY day", memberId,
                  {QStringLiteral("day"), QStringLiteral("visits"), QStringLiteral("spend_minor")})},
        };
        m_audit.append(actor.userName, QStringLiteral("member.export_data"), member->uuid.toString());
        tx.commit();
        return doc;
    });
}

Result<void> PrivacyService::erase(const Session& actor, qint64 memberId, const QString& reason)
{
    if (!actor.can(perm::MemberErase))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not erase members.").arg(actor.userName));
    return guarded([&]() -> Result<void> {
        Transaction tx(m_db);
        auto member = m_members.active(memberId);
        if (!member)
            return member.error();
        m_index.remove(memberId);
        // Personal data goes; balances, counters and ledgers stay as numbers under the UUID so
        // liability and sales reports still add up.
        m_db.execute("UPDATE members SET name = '', mobile = NULL, mobile_last4 = NULL, card_no = NULL, gender = '',"
                     " birthday = NULL, birth_mmdd = NULL, email = '', region = '', tags = '', notes = '',"
                     " referrer_id = NULL, consent_sms = 0, consent_sms_ms = NULL, consent_email = 0,"
                     " consent_email_ms = NULL, pay_pin_hash = NULL, status = 'erased' WHERE id = ?", memberId);
        m_db.execute("UPDATE coupons SET status = 'void' WHERE member_id = ? AND status = 'issued'", memberId);
        const OutboxEvent e = m_outbox.append(QStringLiteral("member.erased"), 1,
                                              {{QStringLiteral("uuid"), member->uuid.toString()},
                                               {QStringLiteral("reason"), reason}});
        m_db.execute("UPDATE members SET hlc = ?, updated_ms = ? WHERE id = ?", e.hlc, m_clock.nowMs(), memberId);
        m_audit.append(actor.userName, QStringLiteral("member.erase"), member->uuid.toString(),
                       {{QStringLiteral("reason"), reason}});
        tx.commit();
        return {};
    });
}

} // namespace patron
