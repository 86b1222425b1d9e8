#include "sync/WalletPullHandler.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "hq/HqClient.h"
#include "store/Database.h"
#include "sync/PulledOrigin.h"

#include <QDateTime>

namespace patron {

namespace {

// Head office's reasons as the till's entry kinds; an adjustment is a refund or a spend by sign.
QString kindFor(const QString& reason, qint64 total)
{
    if (reason == u"topup" || reason == u"spend" || reason == u"refund" || reason == u"topup_refund")
        return reason;
    return total < 0 ? QStringLiteral("spend") : QStringLiteral("refund");
}
} // namespace

void WalletPullHandler::apply(Database& db, const PulledChange& change)
{
    Q_ASSERT(db.inTransaction());
    const QJsonObject& d = change.data;
    const Uuid entry = Uuid::fromString(change.key);
    const Uuid member = Uuid::fromString(d.value(QStringLiteral("member_uuid")).toString());
    if (change.deleted || entry.isNull() || member.isNull())
        return;  // ledgers are append-only: head office never deletes an entry
    const auto memberId = db.queryInt64("SELECT id FROM members WHERE uuid = ?", member.bytes());
    if (!memberId || db.queryInt64("SELECT id FROM wallet_entries WHERE uuid = ?", entry.bytes()))
        return;
    const qint64 principal = d.value(QStringLiteral("principal_minor")).toInteger();
    const qint64 bonus = d.value(QStringLiteral("bonus_minor")).toInteger();
    const Uuid sale = Uuid::fromString(d.value(QStringLiteral("sale_uuid")).toString());
    const QDateTime at = QDateTime::fromString(d.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const QString origin = pulledOrigin(d);
    db.execute("INSERT INTO wallet_entries(uuid, member_id, kind, principal_minor, bonus_minor, ref, sale_uuid,"
               " user_name, created_ms, pulled) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
               entry.bytes(), *memberId, kindFor(d.value(QStringLiteral("reason")).toString(), principal + bonus),
               principal, bonus, origin, sale.isNull() ? QByteArray() : sale.bytes(),
               at.isValid() ? at.toMSecsSinceEpoch() : m_clock.nowMs(), qint64(madeByAnotherTill(db, origin)));
    db.execute("UPDATE members SET wallet_principal_minor = wallet_principal_minor + ?,"
               " wallet_bonus_minor = wallet_bonus_minor + ? WHERE id = ?", principal, bonus, *memberId);
    Statement s = db.prepare("SELECT wallet_principal_minor, wallet_bonus_minor FROM members WHERE id = ?");
    s.bind(1, *memberId);
    s.step();
    const qint64 p = s.int64(0), b = s.int64(1);
    if ((principal < 0 || bonus < 0) && (p < 0 || b < 0))
        m_audit.append(QStringLiteral("hq"), QStringLiteral("member.wallet.negative"), member.toString(),
                       {{QStringLiteral("principal_minor"), p}, {QStringLiteral("bonus_minor"), b},
                        {QStringLiteral("entry_uuid"), entry.toString()}});
}

} // namespace patron
