#include "members/PointsLedger.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "members/LoyaltyRuleBook.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

const char* kEntryColumns =
    "id, uuid, member_id, kind, amount, remaining, unsettled, sale_uuid, reverses, value_minor, reason, user_name,"
    " created_ms, expires_ms";

QJsonValue isoOrNull(const QDateTime& t) { return t.isValid() ? QJsonValue(isoWithOffset(t)) : QJsonValue(); }
} // namespace

QJsonObject PointsEntry::toJson() const
{
    return {{QStringLiteral("uuid"), uuid.toString()},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("remaining"), remaining},
            {QStringLiteral("unsettled"), unsettled},
            {QStringLiteral("sale_uuid"), saleUuid.isNull() ? QJsonValue() : QJsonValue(saleUuid.toString())},
            {QStringLiteral("reverses"), reverses},
            {QStringLiteral("value_minor"), valueMinor},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("user"), userName},
            {QStringLiteral("created_at"), isoOrNull(createdAt)},
            {QStringLiteral("expires_at"), isoOrNull(expiresAt)}};
}

PointsLedger::PointsLedger(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_rules(rules), m_members(db, clock)
{
}

std::optional<qint64> PointsLedger::expiryFor(const QDateTime& earnedAt) const
{
    const PointsRules& r = m_rules.current().points;
    switch (r.expiry) {
    case PointsExpiry::Never:
        return std::nullopt;
    case PointsExpiry::Rolling:
        return earnedAt.addMonths(r.expiryMonths).toMSecsSinceEpoch();
    case PointsExpiry::YearEnd: {
        // Points earned in a year expire when that year ends (plus whole years of grace).
        const QDate firstOfNextYear(earnedAt.date().year() + 1 + r.expiryMonths / 12, 1, 1);
        return QDateTime(firstOfNextYear, QTime(0, 0), earnedAt.timeZone()).toMSecsSinceEpoch();
    }
    }
    return std::nullopt;
}

PointsLedger::Written PointsLedger::insert(const Owner& owner, const QString& kind, qint64 amount, const Uuid& saleUuid,
                                           const QString& reverses, qint64 valueMinor, const QString& reason,
                                           const QString& user, std::optional<qint64> expiresMs, qint64 remaining)
{
    const qint64 now = m_clock.nowMs();
    const Uuid uuid = Uuid::v7(now);
    const QString storedReason = reason.isNull() ? QStringLiteral("") : reason;
    Statement s = m_db.cached(
        "INSERT INTO points_entries(uuid, member_id, kind, amount, remaining, sale_uuid, reverses, value_minor, reason,"
        " user_name, created_ms, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bindAll(uuid.bytes(), owner.id, kind, amount, remaining, saleUuid.isNull() ? QByteArray() : saleUuid.bytes(),
              reverses.isNull() ? QString() : reverses, valueMinor, storedReason,
              user.isNull() ? QStringLiteral("") : user, now, expiresMs);
    s.run();
    Written w;
    w.id = m_db.lastInsertRowId();
    w.uuid = uuid;
    // OR FAIL: no statement journal for the summary triggers' writes (MemberTriggersSchema.h).
    Statement balance = m_db.cached("UPDATE OR FAIL members SET points_balance = points_balance + ? WHERE id = ?");
    balance.bindAll(amount, owner.id);
    balance.run();
    // The event is made from what was just written rather than read back (one statement less
    // per entry); the member's UUID is read only when the caller did not have the row.
    Uuid memberUuid = owner.uuid;
    if (memberUuid.isNull()) {
        Statement row = m_db.cached("SELECT uuid FROM members WHERE id = ?");
        row.bind(1, owner.id);
        if (row.step())
            memberUuid = Uuid::fromBytes(row.blob(0));
    }
    w.event = {{QStringLiteral("uuid"), uuid.toString()},
               // Head office's names for the same facts (docs/sync-events.md).
               {QStringLiteral("entry_uuid"), uuid.toString()},
               {QStringLiteral("points"), amount},
               {QStringLiteral("at"), isoWithOffset(QDateTime::fromMSecsSinceEpoch(now))},
               {QStringLiteral("member_uuid"), memberUuid.toString()},
               {QStringLiteral("kind"), kind},
               {QStringLiteral("amount"), amount},
               {QStringLiteral("sale_uuid"), saleUuid.isNull() ? QJsonValue() : QJsonValue(saleUuid.toString())},
               {QStringLiteral("reverses"), reverses.isNull() ? QString() : reverses},
               {QStringLiteral("value_minor"), valueMinor},
               {QStringLiteral("reason"), storedReason.isEmpty() ? kind : kind + QStringLiteral(": ") + storedReason},
               {QStringLiteral("created_ms"), now},
               {QStringLiteral("expires_ms"), expiresMs ? QJsonValue(*expiresMs) : QJsonValue()}};
    return w;
}

PointsLedger::Written PointsLedger::addLot(const Owner& owner, const QString& kind, qint64 points, const Uuid& saleUuid,
                                           const QString& reverses, const QString& reason, const QString& user)
{
    Q_ASSERT(points > 0);
    // A new lot first pays off what the member owes (debits no lot covered), oldest first. The
    // debts are read before the lot is inserted, so it is written once with what is left of it.
    Statement debts = m_db.cached(
        "SELECT id, unsettled FROM points_entries WHERE member_id = ? AND unsettled > 0 ORDER BY id");
    debts.bind(1, owner.id);
    QList<std::pair<qint64, qint64>> takes;
    qint64 left = points;
    while (left > 0 && debts.step()) {
        const qint64 take = std::min(left, debts.int64(1));
        takes.append({debts.int64(0), take});
        left -= take;
    }
    debts = Statement();
    const Written w = insert(owner, kind, points, saleUuid, reverses, 0, reason, user, expiryFor(m_clock.now()), left);
    for (const auto& [debitId, take] : takes) {
        m_db.execute("UPDATE points_entries SET unsettled = unsettled - ? WHERE id = ?", take, debitId);
        m_db.execute("INSERT INTO points_consumption(debit_id, lot_id, points) VALUES (?, ?, ?)", debitId, w.id, take);
    }
    publish(w);
    return w;
}

PointsLedger::Written PointsLedger::addDebit(const Owner& owner, const QString& kind, qint64 points, const Uuid& saleUuid,
                                             const QString& reverses, qint64 valueMinor, const QString& reason,
                                             const QString& user)
{
    Q_ASSERT(points > 0);
    const qint64 memberId = owner.id;
    const Written w = insert(owner, kind, -points, saleUuid, reverses, valueMinor, reason, user, std::nullopt);
    // Oldest-expiring lots first (FIFO when every lot has the same rule), so what is left is
    // always the newest points and expiry takes exactly what was not spent.
    Statement lots = m_db.prepare(
        "SELECT id, remaining FROM points_entries WHERE member_id = ? AND remaining > 0"
        " ORDER BY expires_ms IS NULL, expires_ms, id");
    lots.bind(1, memberId);
    QList<std::pair<qint64, qint64>> open;
    while (lots.step())
        open.append({lots.int64(0), lots.int64(1)});
    qint64 left = points;
    for (const auto& [lotId, remaining] : open) {
        if (left == 0)
            break;
        const qint64 take = std::min(left, remaining);
        m_db.execute("UPDATE points_entries SET remaining = remaining - ? WHERE id = ?", take, lotId);
        m_db.execute("INSERT INTO points_consumption(debit_id, lot_id, points) VALUES (?, ?, ?)", w.id, lotId, take);
        left -= take;
    }
    if (left > 0)
        m_db.execute("UPDATE points_entries SET unsettled = ? WHERE id = ?", left, w.id);
    publish(w);
    return w;
}

void PointsLedger::publish(const Written& entry)
{
    m_outbox.append(QStringLiteral("points.entry"), 1, entry.event);
}

qint64 PointsLedger::expireDue(qint64 memberId) { return expireDue(Owner{memberId, {}}); }

qint64 PointsLedger::expireDue(const Owner& owner)
{
    Q_ASSERT(m_db.inTransaction());
    const qint64 memberId = owner.id;
    const qint64 now = m_clock.nowMs();
    Statement dueLots = m_db.cached(
        "SELECT coalesce(sum(remaining), 0) FROM points_entries WHERE member_id = ? AND remaining > 0 AND expires_ms <= ?");
    dueLots.bindAll(memberId, now);
    const qint64 due = dueLots.step() ? dueLots.int64(0) : 0;
    dueLots = Statement();
    if (due <= 0)
        return 0;
    // One expire entry consuming exactly the due lots (not the FIFO order of addDebit: only
    // the lots that are due may expire).
    const Written w = insert(owner, QStringLiteral("expire"), -due, {}, {}, 0, {}, QStringLiteral("system"), std::nullopt);
    m_db.execute("INSERT INTO points_consumption(debit_id, lot_id, points) SELECT ?, id, remaining FROM points_entries"
                 " WHERE member_id = ? AND remaining > 0 AND expires_ms <= ?", w.id, memberId, now);
    m_db.execute("UPDATE points_entries SET remaining = 0 WHERE member_id = ? AND remaining > 0 AND expires_ms <= ?",
                 memberId, now);
    publish(w);
    return due;
}

Result<qint64> PointsLedger::expireAll()
{
    return guarded([&]() -> Result<qint64> {
        Transaction tx(m_db);
        QList<qint64> members;
        Statement s = m_db.prepare("SELECT DISTINCT member_id FROM points_entries WHERE remaining > 0 AND expires_ms <= ?");
        s.bind(1, m_clock.nowMs());
        while (s.step())
            members << s.int64(0);
        s = Statement();
        qint64 total = 0;
        for (qint64 id : members)
            total += expireDue(id);
        tx.commit();
        return total;
    });
}

Result<EarnResult> PointsLedger::earn(const EarnRequest& request)
{
    Q_ASSERT(m_db.inTransaction());
    auto member = m_members.active(request.memberId);
    if (!member)
        return member.error();
    return earn(*member, request);
}

Result<EarnResult> PointsLedger::earn(Member& member, const EarnRequest& request)
{
    Q_ASSERT(m_db.inTransaction());
    if (!request.saleUuid.isNull()) {
        Statement earned = m_db.cached("SELECT count(*) FROM points_entries WHERE sale_uuid = ? AND kind = 'earn'");
        earned.bindBlob(1, request.saleUuid.bytes());
        if (earned.step() && earned.int64(0) > 0)
            return makeError(ErrorCode::Conflict, MembersTr::tr("Points for sale %1 were already earned.").arg(request.saleUuid.toString()));
    }
    const LoyaltyRules& rules = m_rules.current();
    const TierRule* tier = rules.tier(member.tierCode);
    const qint64 tierBps = tier ? tier->pointsMultiplierBps : 10000;
    EarnResult result;
    result.quote = PointsCalculator(rules).earn(request.lines, request.pointsTenderMinor + request.walletBonusMinor,
                                                tierBps, m_clock.now().date(), member.birthday);
    if (result.quote.points > 0) {
        result.entryUuid = addLot(Owner{member.id, member.uuid}, QStringLiteral("earn"), result.quote.points,
                                  request.saleUuid, {}, {}, QStringLiteral("system")).uuid;
        member.pointsBalance += result.quote.points;
    }
    return result;
}

Uuid PointsLedger::grant(qint64 memberId, qint64 points, const QString& reason, const QString& user)
{
    Q_ASSERT(m_db.inTransaction());
    return addLot(Owner{memberId, {}}, QStringLiteral("adjust"), points, {}, {}, reason, user).uuid;
}

Result<RedemptionQuote> PointsLedger::quoteRedemption(qint64 memberId, qint64 orderTotalMinor)
{
    return guarded([&]() -> Result<RedemptionQuote> {
        auto member = m_members.active(memberId);
        if (!member)
            return member.error();
        // Lots past their expiry are not spendable even before the daily job has run.
        const qint64 due = m_db.queryInt64(
            "SELECT coalesce(sum(remaining), 0) FROM points_entries WHERE member_id = ? AND remaining > 0 AND expires_ms <= ?",
            memberId, m_clock.nowMs()).value_or(0);
        return PointsCalculator(m_rules.current()).quoteRedemption(member->pointsBalance - due, orderTotalMinor);
    });
}

Result<PointsRedemption> PointsLedger::redeemForSale(qint64 memberId, qint64 points, qint64 orderTotalMinor,
                                                     const Uuid& saleUuid)
{
    Q_ASSERT(m_db.inTransaction());
    auto member = m_members.active(memberId);
    if (!member)
        return member.error();
    return redeemForSale(*member, points, orderTotalMinor, saleUuid);
}

Result<PointsRedemption> PointsLedger::redeemForSale(Member& member, qint64 points, qint64 orderTotalMinor,
                                                     const Uuid& saleUuid)
{
    Q_ASSERT(m_db.inTransaction());
    const Owner owner{member.id, member.uuid};
    // The balance after expiry, derived from the row this unit of work loaded (the expiry is the
    // only write since), rather than read back.
    member.pointsBalance -= expireDue(owner);
    const LoyaltyRules& rules = m_rules.current();
    const PointsCalculator calc(rules);
    const qint64 balance = member.pointsBalance;
    const RedemptionQuote quote = calc.quoteRedemption(balance, orderTotalMinor);
    if (points <= 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("Enter how many points to redeem."));
    if (points < quote.minPoints)
        return makeError(ErrorCode::Refused, MembersTr::tr("At least %1 points must be redeemed at a time.").arg(quote.minPoints));
    if (points > balance)
        return makeError(ErrorCode::Refused, MembersTr::tr("The member has only %1 points.").arg(balance));
    if (points % quote.stepPoints != 0)
        return makeError(ErrorCode::InvalidInput,
                         MembersTr::tr("Points are redeemed in steps of %1 (a whole fen).").arg(quote.stepPoints));
    if (points > quote.maxPoints)
        return makeError(ErrorCode::Refused,
                         MembersTr::tr("At most %1 points can pay this order.").arg(quote.maxPoints));
    PointsRedemption r;
    r.points = points;
    r.amountMinor = calc.valueOfPoints(points);
    r.entryUuid = addDebit(owner, QStringLiteral("redeem"), points, saleUuid, {}, r.amountMinor, {},
                           QStringLiteral("system")).uuid;
    member.pointsBalance -= points;
    return r;
}

qint64 PointsLedger::restoreRedeemed(qint64 memberId, const Uuid& saleUuid, qint64 points)
{
    // Give the points back to the lots the redemption took them from, newest lot first, so
    // their original expiry still applies (a lot already past its expiry expires again).
    Statement s = m_db.prepare(
        "SELECT c.debit_id, c.lot_id, c.points FROM points_consumption c JOIN points_entries d ON d.id = c.debit_id"
        " WHERE d.sale_uuid = ? AND d.kind = 'redeem' AND c.points > 0 ORDER BY c.lot_id DESC");
    s.bindBlob(1, saleUuid.bytes());
    struct Take { qint64 debit, lot, points; };
    QList<Take> takes;
    while (s.step())
        takes.append({s.int64(0), s.int64(1), s.int64(2)});
    s = Statement();
    const Written w = insert(Owner{memberId, {}}, QStringLiteral("reverse"), points, saleUuid, QStringLiteral("redeem"), 0,
                             {}, QStringLiteral("system"), std::nullopt);
    qint64 left = points;
    for (const Take& t : takes) {
        if (left == 0)
            break;
        const qint64 back = std::min(left, t.points);
        m_db.execute("UPDATE points_entries SET remaining = remaining + ? WHERE id = ?", back, t.lot);
        m_db.execute("UPDATE points_consumption SET points = points - ? WHERE debit_id = ? AND lot_id = ?", back, t.debit, t.lot);
        left -= back;
    }
    Q_ASSERT(left == 0);
    publish(w);
    return points;
}

Result<PointsReversal> PointsLedger::reverseForReturn(const Uuid& saleUuid, const PointsReturnShare& share)
{
    Q_ASSERT(m_db.inTransaction());
    if (share.denominator <= 0 || share.numerator < 0 || share.numerator > share.denominator)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("The returned share must be between 0 and 1."));
    Statement s = m_db.prepare(
        "SELECT member_id,"
        " coalesce(sum(CASE WHEN kind = 'earn' THEN amount END), 0),"
        " coalesce(sum(CASE WHEN kind = 'reverse' AND reverses = 'earn' THEN -amount END), 0),"
        " coalesce(sum(CASE WHEN kind = 'redeem' THEN -amount END), 0),"
        " coalesce(sum(CASE WHEN kind = 'redeem' THEN value_minor END), 0),"
        " coalesce(sum(CASE WHEN kind = 'reverse' AND reverses = 'redeem' THEN amount END), 0)"
        " FROM points_entries WHERE sale_uuid = ? GROUP BY member_id");
    s.bindBlob(1, saleUuid.bytes());
    PointsReversal out;
    if (!s.step())
        return out;  // the sale touched no points: nothing to reverse
    const qint64 memberId = s.int64(0);
    const qint64 earned = s.int64(1), earnedBack = s.int64(2);
    const qint64 redeemed = s.int64(3), redeemedValue = s.int64(4), redeemedBack = s.int64(5);
    s = Statement();
    auto part = [&](qint64 total) {
        return qint64((__int128(total) * share.numerator * 2 + share.denominator) / (2 * share.denominator));
    };
    const qint64 wantEarn = share.earnedPoints.value_or(part(earned));
    const qint64 wantRedeem = share.redeemedPoints.value_or(part(redeemed));
    if (wantEarn < 0 || wantRedeem < 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("Points to reverse cannot be negative."));
    if (wantEarn > earned - earnedBack || wantRedeem > redeemed - redeemedBack)
        return makeError(ErrorCode::Refused,
                         MembersTr::tr("The return would reverse more points than the sale earned or redeemed (left: %1 earned, %2 redeemed).")
                             .arg(earned - earnedBack).arg(redeemed - redeemedBack));
    if (wantEarn > 0)
        addDebit(Owner{memberId, {}}, QStringLiteral("reverse"), wantEarn, saleUuid, QStringLiteral("earn"), 0, {},
                 QStringLiteral("system"));
    if (wantRedeem > 0) {
        restoreRedeemed(memberId, saleUuid, wantRedeem);
        out.redeemedValueMinor = redeemed ? qint64(__int128(redeemedValue) * wantRedeem / redeemed) : 0;
    }
    out.earnedTakenBack = wantEarn;
    out.redeemedGivenBack = wantRedeem;
    out.balanceAfter = m_db.queryInt64("SELECT points_balance FROM members WHERE id = ?", memberId).value_or(0);
    out.negative = out.balanceAfter < 0;
    return out;
}

Result<PointsEntry> PointsLedger::adjust(const Session& actor, qint64 memberId, qint64 delta, const QString& reason)
{
    if (!actor.can(perm::PointsAdjust))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not adjust points.").arg(actor.userName));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A points adjustment needs a reason."));
    if (delta == 0)
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("An adjustment of zero points changes nothing."));
    return guarded([&]() -> Result<PointsEntry> {
        Transaction tx(m_db);
        auto member = m_members.active(memberId);
        if (!member)
            return member.error();
        expireDue(memberId);
        const Owner owner{memberId, {}};
        const Written w = delta > 0
            ? addLot(owner, QStringLiteral("adjust"), delta, {}, {}, reason.trimmed(), actor.userName)
            : addDebit(owner, QStringLiteral("adjust"), -delta, {}, {}, 0, reason.trimmed(), actor.userName);
        m_audit.append(actor.userName, QStringLiteral("points.adjust"), member->uuid.toString(),
                       {{QStringLiteral("delta"), delta}, {QStringLiteral("reason"), reason.trimmed()}});
        tx.commit();
        auto list = entries(memberId);
        for (const PointsEntry& e : *list)
            if (e.id == w.id)
                return e;
        return makeError(ErrorCode::Internal, QStringLiteral("adjustment entry vanished"));
    });
}

Result<PointsEntry> PointsLedger::redeemGift(const Session& actor, qint64 memberId, const QString& giftCode)
{
    if (!actor.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not redeem gifts.").arg(actor.userName));
    return guarded([&]() -> Result<PointsEntry> {
        Transaction tx(m_db);
        const GiftRule* gift = m_rules.current().gift(giftCode);
        if (!gift)
            return makeError(ErrorCode::NotFound, MembersTr::tr("There is no gift with the code %1.").arg(giftCode));
        auto member = m_members.active(memberId);
        if (!member)
            return member.error();
        expireDue(memberId);
        const qint64 balance = m_db.queryInt64("SELECT points_balance FROM members WHERE id = ?", memberId).value_or(0);
        if (balance < gift->points)
            return makeError(ErrorCode::Refused, MembersTr::tr("%1 needs %2 points; the member has %3.")
                                                     .arg(gift->name).arg(gift->points).arg(balance));
        if (m_db.execute("UPDATE gift_stock SET stock = stock - 1 WHERE code = ? AND stock > 0", gift->code) == 0)
            return makeError(ErrorCode::Refused, MembersTr::tr("%1 is out of stock.").arg(gift->name));
        const Written w = addDebit(Owner{memberId, {}}, QStringLiteral("redeem"), gift->points, {}, {}, 0,
                                   QStringLiteral("gift:") + gift->code, actor.userName);
        m_audit.append(actor.userName, QStringLiteral("points.gift"), member->uuid.toString(),
                       {{QStringLiteral("gift"), gift->code}, {QStringLiteral("points"), gift->points}});
        tx.commit();
        auto list = entries(memberId);
        for (const PointsEntry& e : *list)
            if (e.id == w.id)
                return e;
        return makeError(ErrorCode::Internal, QStringLiteral("gift entry vanished"));
    });
}

qint64 PointsLedger::giftStock(const QString& code) const
{
    return m_db.queryInt64("SELECT stock FROM gift_stock WHERE code = ?", code).value_or(0);
}

Result<QList<PointsEntry>> PointsLedger::entries(qint64 memberId) const
{
    return guarded([&] {
        QList<PointsEntry> out;
        const QByteArray sql = QByteArray("SELECT ") + kEntryColumns + " FROM points_entries WHERE member_id = ? ORDER BY id";
        Statement s = m_db.prepare(sql.constData());
        s.bind(1, memberId);
        while (s.step()) {
            PointsEntry e;
            e.id = s.int64(0);
            e.uuid = Uuid::fromBytes(s.blob(1));
            e.memberId = s.int64(2);
            e.kind = s.text(3);
            e.amount = s.int64(4);
            e.remaining = s.int64(5);
            e.unsettled = s.int64(6);
            e.saleUuid = Uuid::fromBytes(s.blob(7));
            e.reverses = s.text(8);
            e.valueMinor = s.int64(9);
            e.reason = s.text(10);
            e.userName = s.text(11);
            e.createdAt = m_members.fromMs(s.int64(12));
            e.expiresAt = m_members.fromMs(s.optInt64(13));
            out << e;
        }
        return out;
    });
}

Result<PointsCheck> PointsLedger::check(qint64 memberId) const
{
    return guarded([&] {
        PointsCheck c;
        Statement s = m_db.prepare(
            "SELECT coalesce(sum(amount), 0), coalesce(sum(remaining), 0), coalesce(sum(unsettled), 0)"
            " FROM points_entries WHERE member_id = ?");
        s.bind(1, memberId);
        s.step();
        c.ledgerSum = s.int64(0);
        c.lotsRemaining = s.int64(1);
        c.unsettled = s.int64(2);
        c.cached = m_db.queryInt64("SELECT points_balance FROM members WHERE id = ?", memberId).value_or(0);
        return c;
    });
}

Result<QList<std::pair<qint64, qint64>>> PointsLedger::negativeBalances() const
{
    return guarded([&] {
        QList<std::pair<qint64, qint64>> out;
        Statement s = m_db.prepare("SELECT id, points_balance FROM members WHERE points_balance < 0 ORDER BY id");
        while (s.step())
            out.append({s.int64(0), s.int64(1)});
        return out;
    });
}

} // namespace patron
