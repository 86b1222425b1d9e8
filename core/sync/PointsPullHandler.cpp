#include "sync/PointsPullHandler.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "hq/HqClient.h"
#include "store/Database.h"
#include "sync/PulledOrigin.h"

#include <QDateTime>
#include <QList>

#include <utility>

namespace patron {

namespace {

// Head office's reasons (docs/sync-events.md) as the till's entry kinds.
QString kindFor(const QString& reason)
{
    if (reason == u"earn" || reason == u"redeem" || reason == u"expire" || reason == u"adjust")
        return reason;
    if (reason == u"return" || reason == u"reverse")
        return QStringLiteral("reverse");
    return QStringLiteral("adjust");
}

QList<std::pair<qint64, qint64>> pairs(Statement& s)
{
    QList<std::pair<qint64, qint64>> out;
    while (s.step())
        out.append({s.int64(0), s.int64(1)});
    return out;
}

// The same rules as PointsLedger::addLot / addDebit, so PointsLedger::check holds afterwards:
// balance = sum(amount) = sum(remaining) - sum(unsettled).
void settle(Database& db, qint64 memberId, qint64 entryId, qint64 amount)
{
    qint64 left = amount < 0 ? -amount : amount;
    if (amount > 0) {
        Statement debts = db.prepare("SELECT id, unsettled FROM points_entries WHERE member_id = ? AND unsettled > 0 ORDER BY id");
        debts.bind(1, memberId);
        for (const auto& [debitId, unsettled] : pairs(debts)) {
            if (left == 0)
                break;
            const qint64 take = std::min(left, unsettled);
            db.execute("UPDATE points_entries SET unsettled = unsettled - ? WHERE id = ?", take, debitId);
            db.execute("INSERT INTO points_consumption(debit_id, lot_id, points) VALUES (?, ?, ?)", debitId, entryId, take);
            left -= take;
        }
        db.execute("UPDATE points_entries SET remaining = ? WHERE id = ?", left, entryId);
        return;
    }
    Statement lots = db.prepare("SELECT id, remaining FROM points_entries WHERE member_id = ? AND remaining > 0"
                                " ORDER BY expires_ms IS NULL, expires_ms, id");
    lots.bind(1, memberId);
    for (const auto& [lotId, remaining] : pairs(lots)) {
        if (left == 0)
            break;
        const qint64 take = std::min(left, remaining);
        db.execute("UPDATE points_entries SET remaining = remaining - ? WHERE id = ?", take, lotId);
        db.execute("INSERT INTO points_consumption(debit_id, lot_id, points) VALUES (?, ?, ?)", entryId, lotId, take);
        left -= take;
    }
    db.execute("UPDATE points_entries SET unsettled = ? WHERE id = ?", left, entryId);
}
} // namespace

void PointsPullHandler::apply(Database& db, const PulledChange& change)
{
    Q_ASSERT(db.inTransaction());
    const QJsonObject& d = change.data;
    const Uuid entry = Uuid::fromString(change.key);
    const Uuid member = Uuid::fromString(d.value(QStringLiteral("member_uuid")).toString());
    if (change.deleted || entry.isNull() || member.isNull())
        return;  // ledgers are append-only: head office never deletes an entry
    const auto memberId = db.queryInt64("SELECT id FROM members WHERE uuid = ?", member.bytes());
    if (!memberId || db.queryInt64("SELECT id FROM points_entries WHERE uuid = ?", entry.bytes()))
        return;
    const qint64 amount = d.value(QStringLiteral("points")).toInteger();
    const Uuid sale = Uuid::fromString(d.value(QStringLiteral("sale_uuid")).toString());
    const QDateTime at = QDateTime::fromString(d.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    // Points earned elsewhere carry no local expiry: the store that issued them expires them
    // and that expiry arrives as its own entry.
    const QString origin = pulledOrigin(d);
    db.execute("INSERT INTO points_entries(uuid, member_id, kind, amount, sale_uuid, reason, user_name, created_ms, pulled)"
               " VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)",
               entry.bytes(), *memberId, kindFor(d.value(QStringLiteral("reason")).toString()), amount,
               sale.isNull() ? QByteArray() : sale.bytes(), origin,
               at.isValid() ? at.toMSecsSinceEpoch() : m_clock.nowMs(), qint64(madeByAnotherTill(db, origin)));
    const qint64 entryId = db.lastInsertRowId();
    settle(db, *memberId, entryId, amount);
    db.execute("UPDATE members SET points_balance = points_balance + ? WHERE id = ?", amount, *memberId);
    const qint64 balance = db.queryInt64("SELECT points_balance FROM members WHERE id = ?", *memberId).value_or(0);
    if (amount < 0 && balance < 0)
        m_audit.append(QStringLiteral("hq"), QStringLiteral("member.points.negative"), member.toString(),
                       {{QStringLiteral("balance"), balance}, {QStringLiteral("entry_uuid"), entry.toString()}});
}

} // namespace patron
