#include "sync/MemberPullHandler.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "hq/HqClient.h"
#include "members/LoyaltyRuleBook.h"
#include "members/Member.h"
#include "members/MemberSearchIndex.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QDate>
#include <QDateTime>

namespace patron {

namespace {

// The profile fields head office merges (hq.merge_member_fields) that the till also keeps.
// Head office's single marketing_consent is not mapped onto the till's per-channel consents.
const QStringList kFields = {QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("card_no"),
                             QStringLiteral("birthday"), QStringLiteral("tier")};

std::optional<QString> textOrNull(const QJsonValue& v)
{
    const QString s = v.toString().trimmed();
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

// A mobile or card number another local member already holds stays off the pulled profile:
// the till's UNIQUE columns would otherwise refuse the whole batch. Head office lists the
// duplicate for a manager (hq.conflicts), who merges the two members.
bool takenByOther(Database& db, const char* column, const QString& value, qint64 selfId)
{
    const QString sql = QStringLiteral("SELECT id FROM members WHERE %1 = ? AND id <> ?").arg(QLatin1String(column));
    return db.queryInt64(sql.toUtf8().constData(), value, selfId).has_value();
}

void setField(Database& db, qint64 id, const QString& field, const QJsonValue& value)
{
    if (field == u"name") {
        db.execute("UPDATE members SET name = ? WHERE id = ?", value.toString().trimmed(), id);
    } else if (field == u"mobile") {
        const auto mobile = textOrNull(value);
        if (mobile && takenByOther(db, "mobile", *mobile, id))
            return;
        db.execute("UPDATE members SET mobile = ?, mobile_last4 = ? WHERE id = ?", mobile,
                   mobile ? std::optional<QString>(mobile->right(4)) : std::nullopt, id);
    } else if (field == u"card_no") {
        const auto card = textOrNull(value);
        if (card && takenByOther(db, "card_no", *card, id))
            return;
        db.execute("UPDATE members SET card_no = ? WHERE id = ?", card, id);
    } else if (field == u"birthday") {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        db.execute("UPDATE members SET birthday = ?, birth_mmdd = ? WHERE id = ?",
                   d.isValid() ? std::optional<QString>(d.toString(Qt::ISODate)) : std::nullopt,
                   d.isValid() ? std::optional<qint64>(d.month() * 100 + d.day()) : std::nullopt, id);
    } else if (field == u"tier") {
        if (const auto tier = textOrNull(value))
            db.execute("UPDATE members SET tier_code = ? WHERE id = ?", *tier, id);
    }
}

qint64 msOf(const QJsonValue& v, qint64 fallback)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : fallback;
}
} // namespace

void MemberPullHandler::observe(Database& db, const HlcTimestamp& remote)
{
    // Outbox::append continues from meta 'hlc_last' on every connection, so the observed time
    // is stored there too: the till's next event, from whichever connection, orders after it.
    if (const auto last = db.queryText("SELECT value FROM meta WHERE key = 'hlc_last'"))
        m_outbox.hlc().restore(HlcTimestamp::parse(*last));
    const HlcTimestamp now = m_outbox.hlc().observe(remote);
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('hlc_last', ?)", now.toString());
}

void MemberPullHandler::handOver(Database& db, qint64 fromId, qint64 toId)
{
    // Whole ledgers move, so each keeps PointsLedger's invariant (balance = sum(amount) =
    // sum(remaining) - sum(unsettled)) and the wallet's balance = sum of its entries.
    db.execute("UPDATE points_entries SET member_id = ? WHERE member_id = ?", toId, fromId);
    db.execute("UPDATE wallet_entries SET member_id = ? WHERE member_id = ?", toId, fromId);
    // Coupons and count cards live only at the till that issued them (head office does not
    // hold them yet): the merge at head office cannot move them, so each till moves its own, as
    // the back office's own merge (MemberMerge) does. Open carts follow too, so a cart parked
    // for the merged member is paid by the survivor, and its purchase history shows the sales.
    db.execute("UPDATE coupons SET member_id = ? WHERE member_id = ?", toId, fromId);
    db.execute("UPDATE count_cards SET member_id = ? WHERE member_id = ?", toId, fromId);
    db.execute("UPDATE carts SET member_id = ? WHERE member_id = ?", toId, fromId);
    db.execute("UPDATE sales SET member_id = ? WHERE member_id = ?", toId, fromId);
    Statement s =
        db.prepare("SELECT points_balance, wallet_principal_minor, wallet_bonus_minor FROM members WHERE id = ?");
    s.bind(1, fromId);
    if (!s.step())
        return;
    const qint64 points = s.int64(0), principal = s.int64(1), bonus = s.int64(2);
    s.reset();
    db.execute("UPDATE members SET points_balance = points_balance + ?,"
               " wallet_principal_minor = wallet_principal_minor + ?, wallet_bonus_minor = wallet_bonus_minor + ?"
               " WHERE id = ?",
               points, principal, bonus, toId);
    db.execute("UPDATE members SET points_balance = 0, wallet_principal_minor = 0, wallet_bonus_minor = 0 WHERE id = ?",
               fromId);
}

void MemberPullHandler::markMerged(Database& db, qint64 id, const Uuid& survivor)
{
    // Its mobile and card number are the survivor's now (the till keeps them unique), so it is
    // found by neither; head office keeps the merged record whole for audit.
    // merged_into (the survivor's UUID) is known at once; merged_into_id, the local link lookups
    // and the back office follow (MemberMerge writes both), only once the survivor is held here.
    db.execute("UPDATE members SET merged_into = ?, merged_ms = ?, mobile = NULL, mobile_last4 = NULL, card_no = NULL"
               " WHERE id = ?",
               survivor.bytes(), m_clock.nowMs(), id);
    m_index.remove(id);
    // Not held here: its ledgers, coupons and count cards move when the survivor arrives (a lookup or a later pull).
    const auto survivorId = db.queryInt64("SELECT id FROM members WHERE uuid = ?", survivor.bytes());
    if (survivorId && *survivorId != id) {
        db.execute("UPDATE members SET merged_into_id = ? WHERE id = ?", *survivorId, id);
        handOver(db, id, *survivorId);
    }
}

void MemberPullHandler::apply(Database& db, const PulledChange& change)
{
    Q_ASSERT(db.inTransaction());
    const Uuid uuid = Uuid::fromString(change.key);
    if (change.deleted || uuid.isNull())
        return;  // head office never deletes members (erasure is a field); nothing to merge
    const QJsonObject& d = change.data;
    const QJsonObject fieldHlc = d.value(QStringLiteral("field_hlc")).toObject();

    HlcTimestamp newest;
    for (auto it = fieldHlc.begin(); it != fieldHlc.end(); ++it) {
        const HlcTimestamp t = HlcTimestamp::parse(it.value().toString());
        if (newest < t)
            newest = t;
    }
    if (!newest.isNull())
        observe(db, newest);

    auto id = db.queryInt64("SELECT id FROM members WHERE uuid = ?", uuid.bytes());
    HlcTimestamp local;
    if (!id) {
        // New to this till: a member of this store registered at another till, or one it served.
        const qint64 now = m_clock.nowMs();
        const qint64 joined = msOf(d.value(QStringLiteral("registered_at")), now);
        // Marked pulled (schema step 19): this till's figures count the members it registered.
        db.execute("INSERT INTO members(uuid, name, joined_ms, home_store, tier_code, tier_since_ms, hlc, updated_ms,"
                   " pulled) VALUES (?, '', ?, ?, ?, ?, '', ?, 1)",
                   uuid.bytes(), joined, d.value(QStringLiteral("home_store")).toString(),
                   m_rules.current().baseTier().code, joined, now);
        id = db.lastInsertRowId();
        // Members merged into this one before it arrived hand over their ledgers now.
        Statement merged = db.prepare("SELECT id FROM members WHERE merged_into = ?");
        merged.bindBlob(1, uuid.bytes());
        QList<qint64> mergedIds;
        while (merged.step())
            mergedIds.append(merged.int64(0));
        for (qint64 from : mergedIds) {
            db.execute("UPDATE members SET merged_into_id = ? WHERE id = ?", *id, from);
            handOver(db, from, *id);
        }
    } else {
        local = HlcTimestamp::parse(db.queryText("SELECT hlc FROM members WHERE id = ?", *id).value_or(QString()));
    }

    if (!d.value(QStringLiteral("erased_at")).isNull()) {
        m_index.remove(*id);
        db.execute("UPDATE members SET name = '', mobile = NULL, mobile_last4 = NULL, card_no = NULL, gender = '',"
                   " birthday = NULL, birth_mmdd = NULL, email = '', region = '', tags = '', notes = '',"
                   " referrer_id = NULL, consent_sms = 0, consent_sms_ms = NULL, consent_email = 0,"
                   " consent_email_ms = NULL, pay_pin_hash = NULL, status = 'erased' WHERE id = ?", *id);
        if (local < newest)
            db.execute("UPDATE members SET hlc = ? WHERE id = ?", newest.toString(), *id);
        return;
    }

    const Uuid survivor = Uuid::fromString(d.value(QStringLiteral("merged_into")).toString());
    if (!survivor.isNull()) {
        markMerged(db, *id, survivor);
        return;  // kept for the books as it was; the survivor is the member from now on
    }

    bool nameChanged = false;
    HlcTimestamp applied = local;
    for (const QString& field : kFields) {
        const HlcTimestamp t = HlcTimestamp::parse(fieldHlc.value(field).toString());
        // Strictly newer: an equal timestamp is the same write coming back (same node, same
        // time), and an older one lost to what the till holds, which head office will get too.
        if (t.isNull() || !(local < t))
            continue;
        setField(db, *id, field, d.value(field));
        nameChanged = nameChanged || field == u"name";
        if (applied < t)
            applied = t;
    }
    if (nameChanged)
        m_index.index(*id, d.value(QStringLiteral("name")).toString().trimmed());
    if (!(applied == local))
        db.execute("UPDATE members SET hlc = ?, updated_ms = ? WHERE id = ?", applied.toString(),
                   m_clock.nowMs(), *id);
}

} // namespace patron
