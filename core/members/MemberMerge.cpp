#include "members/MemberMerge.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "members/MemberSearchIndex.h"
#include "members/MemberService.h"
#include "members/TierService.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MemberMergeTr {
    Q_DECLARE_TR_FUNCTIONS(patron::MemberMerge)
};

// The merged member's row as stored, never redirected to a survivor.
struct MemberMerge::Row {
    qint64 id = 0;
    Uuid uuid;
    qint64 points = 0;
    qint64 principal = 0;
    qint64 bonus = 0;
    qint64 visits = 0;
    qint64 spend = 0;
    std::optional<qint64> lastVisitMs;
    qint64 joinedMs = 0;
};

const QStringList& mergeableProfileFields()
{
    static const QStringList fields = {QStringLiteral("name"),     QStringLiteral("mobile"), QStringLiteral("card"),
                                       QStringLiteral("gender"),   QStringLiteral("birthday"), QStringLiteral("email"),
                                       QStringLiteral("region"),   QStringLiteral("tags"),   QStringLiteral("notes")};
    return fields;
}

Result<MemberFields> profileFieldsOf(const Member& from, const QStringList& fields)
{
    MemberFields f;
    for (const QString& raw : fields) {
        const QString field = raw.trimmed().toLower();
        if (field == u"name")
            f.name = from.name;
        else if (field == u"mobile")
            f.mobile = from.mobile;
        else if (field == u"card")
            f.cardNo = from.cardNo;
        else if (field == u"gender")
            f.gender = from.gender;
        else if (field == u"birthday")
            f.birthday = from.birthday;
        else if (field == u"email")
            f.email = from.email;
        else if (field == u"region")
            f.region = from.region;
        else if (field == u"tags")
            f.tags = from.tags;
        else if (field == u"notes")
            f.notes = from.notes;
        else
            return makeError(ErrorCode::InvalidInput, MemberMergeTr::tr("\"%1\" is not a profile field; use %2.")
                                                          .arg(raw, mergeableProfileFields().join(QStringLiteral(", "))));
    }
    return f;
}

MemberMerge::MemberMerge(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, MemberService& members,
                         MemberSearchIndex& index, TierService& tiers)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_members(members), m_index(index), m_tiers(tiers),
      m_repository(db, clock)
{
}

Result<MemberMerge::Row> MemberMerge::readRow(qint64 id, bool survivor) const
{
    Statement s = m_db.prepare(
        "SELECT id, uuid, status, merged_into_id, points_balance, wallet_principal_minor, wallet_bonus_minor,"
        " visits, spend_minor, last_visit_ms, joined_ms FROM members WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return makeError(ErrorCode::NotFound, MemberMergeTr::tr("There is no member with the id %1.").arg(id));
    if (s.text(2) == u"erased")
        return makeError(ErrorCode::Refused, MemberMergeTr::tr("Member %1 was erased and cannot be merged.").arg(id));
    if (s.optInt64(3))
        return makeError(ErrorCode::Refused,
                         survivor ? MemberMergeTr::tr("Member %1 was already merged into member %2; merge into that member instead.")
                                        .arg(id)
                                        .arg(*s.optInt64(3))
                                  : MemberMergeTr::tr("Member %1 was already merged into member %2.").arg(id).arg(*s.optInt64(3)));
    Row r;
    r.id = s.int64(0);
    r.uuid = Uuid::fromBytes(s.blob(1));
    r.points = s.int64(4);
    r.principal = s.int64(5);
    r.bonus = s.int64(6);
    r.visits = s.int64(7);
    r.spend = s.int64(8);
    r.lastVisitMs = s.optInt64(9);
    r.joinedMs = s.int64(10);
    return r;
}

void MemberMerge::moveActivity(qint64 from, qint64 to)
{
    // Days both members have are added into the survivor's row; the rest change hands. (No UPSERT
    // on SQLite 3.15.)
    m_db.execute(
        "UPDATE member_activity_days SET"
        " visits = visits + (SELECT m.visits FROM member_activity_days m WHERE m.member_id = ?1 AND m.day = member_activity_days.day),"
        " spend_minor = spend_minor + (SELECT m.spend_minor FROM member_activity_days m WHERE m.member_id = ?1 AND m.day = member_activity_days.day)"
        " WHERE member_id = ?2 AND day IN (SELECT day FROM member_activity_days WHERE member_id = ?1)",
        from, to);
    m_db.execute("DELETE FROM member_activity_days WHERE member_id = ?1"
                 " AND day IN (SELECT day FROM member_activity_days WHERE member_id = ?2)",
                 from, to);
    m_db.execute("UPDATE member_activity_days SET member_id = ? WHERE member_id = ?", to, from);
}

bool MemberMerge::allowed(const Session& actor)
{
    return actor.can(perm::MemberEdit) && actor.can(perm::PointsAdjust) && actor.can(perm::WalletAdjust);
}

Result<MemberMergeOutcome> MemberMerge::merge(const Session& actor, const MemberMergeRequest& request)
{
    if (!allowed(actor))
        return makeError(ErrorCode::PermissionDenied,
                         MemberMergeTr::tr("%1 may not merge members: it moves points and stored value, which needs a manager.")
                             .arg(actor.userName));
    if (request.survivorId == request.mergedId)
        return makeError(ErrorCode::InvalidInput, MemberMergeTr::tr("A member cannot be merged into itself."));
    return guarded([&]() -> Result<MemberMergeOutcome> {
        Transaction tx(m_db);
        auto survivor = readRow(request.survivorId, true);
        if (!survivor)
            return survivor.error();
        auto merged = readRow(request.mergedId, false);
        if (!merged)
            return merged.error();
        const qint64 from = merged->id;
        const qint64 to = survivor->id;
        const QDateTime now = m_clock.now();

        // Free the unique keys first: the survivor may take the merged member's mobile or card.
        m_db.execute("UPDATE members SET mobile = NULL, mobile_last4 = NULL, card_no = NULL WHERE id = ?", from);
        m_index.remove(from);

        MemberMergeOutcome out;
        out.mergedUuid = merged->uuid;
        out.pointsMoved = merged->points;
        out.principalMoved = merged->principal;
        out.bonusMoved = merged->bonus;
        // Points lots move whole, with their remaining amounts and expiry dates, so the balance
        // invariant (sum of amounts = sum remaining - sum unsettled) holds for the survivor.
        m_db.execute("UPDATE points_entries SET member_id = ? WHERE member_id = ?", to, from);
        m_db.execute("UPDATE wallet_entries SET member_id = ? WHERE member_id = ?", to, from);
        out.couponsMoved = m_db.execute("UPDATE coupons SET member_id = ? WHERE member_id = ?", to, from);
        out.countCardsMoved = m_db.execute("UPDATE count_cards SET member_id = ? WHERE member_id = ?", to, from);
        out.salesMoved = m_db.execute("UPDATE sales SET member_id = ? WHERE member_id = ?", to, from);
        m_db.execute("UPDATE carts SET member_id = ? WHERE member_id = ?", to, from);
        m_db.execute("UPDATE members SET referrer_id = ? WHERE referrer_id = ? AND id <> ?", to, from, to);
        moveActivity(from, to);

        const qint64 lastVisit = qMax(survivor->lastVisitMs.value_or(0), merged->lastVisitMs.value_or(0));
        m_db.execute(
            "UPDATE members SET points_balance = points_balance + ?, wallet_principal_minor = wallet_principal_minor + ?,"
            " wallet_bonus_minor = wallet_bonus_minor + ?, visits = visits + ?, spend_minor = spend_minor + ?,"
            " last_visit_ms = ?, joined_ms = ? WHERE id = ?",
            merged->points, merged->principal, merged->bonus, merged->visits, merged->spend,
            lastVisit ? std::optional<qint64>(lastVisit) : std::nullopt, qMin(survivor->joinedMs, merged->joinedMs), to);
        // The merged row is no longer a person the store contacts: no birthday coupon, no campaign,
        // no tier job, no payment PIN.
        m_db.execute("UPDATE members SET points_balance = 0, wallet_principal_minor = 0, wallet_bonus_minor = 0,"
                     " visits = 0, spend_minor = 0, birthday = NULL, birth_mmdd = NULL, consent_sms = 0,"
                     " consent_email = 0, tier_expires_ms = NULL, pay_pin_hash = NULL,"
                     " merged_into_id = ?, merged_into = (SELECT uuid FROM members WHERE id = ?), merged_ms = ?,"
                     " updated_ms = ? WHERE id = ?",
                     to, to, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), from);

        // Together the two may qualify for a higher tier than either alone (never a lower one).
        m_tiers.evaluateOnActivity(to);

        const MemberFields& p = request.profile;
        const bool profileChanges = p.name || p.mobile || p.cardNo || p.gender || p.birthday || p.email || p.region
            || p.tags || p.notes || p.homeStore || p.referrerId || p.consentSms || p.consentEmail;
        if (profileChanges) {
            auto edited = m_members.editInTransaction(actor.userName, to, p);
            if (!edited)
                return edited.error();
        }

        m_outbox.append(QStringLiteral("member.merged"), 1,
                        {{QStringLiteral("survivor_uuid"), survivor->uuid.toString()},
                         {QStringLiteral("merged_uuid"), merged->uuid.toString()},
                         {QStringLiteral("at"), isoWithOffset(now)}});
        m_audit.append(actor.userName, QStringLiteral("member.merge"), survivor->uuid.toString(),
                       {{QStringLiteral("merged_uuid"), merged->uuid.toString()},
                        {QStringLiteral("points"), out.pointsMoved},
                        {QStringLiteral("principal_minor"), out.principalMoved},
                        {QStringLiteral("bonus_minor"), out.bonusMoved},
                        {QStringLiteral("coupons"), out.couponsMoved},
                        {QStringLiteral("count_cards"), out.countCardsMoved},
                        {QStringLiteral("sales"), out.salesMoved}});
        out.survivor = *m_repository.byId(to);
        tx.commit();
        return out;
    });
}

Result<QList<DuplicateCandidate>> MemberMerge::duplicates(int limit) const
{
    return guarded([&]() -> Result<QList<DuplicateCandidate>> {
        // Driven by members without a mobile (few), each paired through the name index.
        Statement s = m_db.prepare(
            "SELECT a.id, b.id FROM members a JOIN members b ON b.name = a.name AND b.id <> a.id"
            " WHERE a.mobile IS NULL AND a.name <> '' AND a.status = 'active' AND a.merged_into IS NULL"
            " AND b.status = 'active' AND b.merged_into IS NULL AND (b.mobile IS NOT NULL OR b.id > a.id)"
            " ORDER BY a.id, b.id LIMIT ?");
        s.bind(1, qint64(limit));
        QList<DuplicateCandidate> out;
        while (s.step()) {
            auto a = m_repository.byId(s.int64(0));
            auto b = m_repository.byId(s.int64(1));
            if (a && b)
                out.append({*b, *a});  // the one with a mobile first: the likelier survivor
        }
        return out;
    });
}

} // namespace patron
