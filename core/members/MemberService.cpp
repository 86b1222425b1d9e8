#include "members/MemberService.h"

#include "auth/AuditLog.h"
#include "auth/PinHasher.h"
#include "common/Clock.h"
#include "members/CouponService.h"
#include "members/LoyaltyRuleBook.h"
#include "members/MemberSearchIndex.h"
#include "money/Money.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

constexpr int kMaxNameLength = 40;

// A null QString binds NULL; these columns are NOT NULL with '' for "none".
QString nn(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

std::optional<qint64> msOrNull(bool on, const QDateTime& now) { return on ? std::optional<qint64>(now.toMSecsSinceEpoch()) : std::nullopt; }

QJsonObject changedFields(const MemberFields& f)
{
    QJsonObject o;
    if (f.name) o.insert(QStringLiteral("name"), *f.name);
    if (f.mobile) o.insert(QStringLiteral("mobile"), normalizeMobile(*f.mobile));
    if (f.cardNo) o.insert(QStringLiteral("card_no"), *f.cardNo);
    if (f.gender) o.insert(QStringLiteral("gender"), *f.gender);
    if (f.birthday) o.insert(QStringLiteral("birthday"), f.birthday->isValid() ? QJsonValue(f.birthday->toString(Qt::ISODate)) : QJsonValue());
    if (f.email) o.insert(QStringLiteral("email"), *f.email);
    if (f.region) o.insert(QStringLiteral("region"), *f.region);
    if (f.tags) o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*f.tags));
    if (f.notes) o.insert(QStringLiteral("notes"), *f.notes);
    if (f.homeStore) o.insert(QStringLiteral("home_store"), *f.homeStore);
    if (f.referrerId) o.insert(QStringLiteral("referrer_id"), *f.referrerId);
    if (f.consentSms) o.insert(QStringLiteral("consent_marketing_sms"), *f.consentSms);
    if (f.consentEmail) o.insert(QStringLiteral("consent_marketing_email"), *f.consentEmail);
    return o;
}
} // namespace

bool parseGender(const QString& text, QString* gender)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"-") {
        *gender = QStringLiteral("");
        return true;
    }
    if (t == u"f" || t == u"female" || t == u"女") {
        *gender = QStringLiteral("f");
        return true;
    }
    if (t == u"m" || t == u"male" || t == u"男") {
        *gender = QStringLiteral("m");
        return true;
    }
    return false;
}

MemberService::MemberService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules,
                             MemberSearchIndex& index, CouponService& coupons, QString storeCode)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_rules(rules), m_index(index), m_coupons(coupons),
      m_storeCode(std::move(storeCode)), m_members(db, clock)
{
}

Result<void> MemberService::validate(const MemberFields& f, qint64 selfId, bool isNew) const
{
    if (isNew && (!f.name || !f.mobile))
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("A new member needs a mobile number and a name."));
    if (f.name) {
        const QString n = f.name->trimmed();
        if (n.isEmpty())
            return makeError(ErrorCode::InvalidInput, MembersTr::tr("The name cannot be empty."));
        if (n.size() > kMaxNameLength)
            return makeError(ErrorCode::InvalidInput, MembersTr::tr("A name has at most %1 characters.").arg(kMaxNameLength));
    }
    if (f.mobile) {
        if (!isValidMobile(*f.mobile))
            return makeError(ErrorCode::InvalidInput,
                             MembersTr::tr("\"%1\" is not a mobile number (11 digits starting 13 to 19).").arg(*f.mobile));
        if (m_db.queryInt64("SELECT id FROM members WHERE mobile = ? AND id <> ?", normalizeMobile(*f.mobile), selfId))
            return makeError(ErrorCode::AlreadyExists,
                             MembersTr::tr("The mobile number %1 belongs to another member.").arg(normalizeMobile(*f.mobile)));
    }
    if (f.cardNo && !f.cardNo->trimmed().isEmpty()) {
        static const QRegularExpression card(QStringLiteral("^[A-Za-z0-9\\-]{4,32}$"));
        if (!card.match(f.cardNo->trimmed()).hasMatch())
            return makeError(ErrorCode::InvalidInput, MembersTr::tr("A card number has 4 to 32 letters or digits."));
        if (m_db.queryInt64("SELECT id FROM members WHERE card_no = ? AND id <> ?", f.cardNo->trimmed(), selfId))
            return makeError(ErrorCode::AlreadyExists, MembersTr::tr("The card %1 belongs to another member.").arg(f.cardNo->trimmed()));
    }
    if (f.gender) {
        QString g;
        if (!parseGender(*f.gender, &g))
            return makeError(ErrorCode::InvalidInput, MembersTr::tr("Gender is f, m or empty (got \"%1\").").arg(*f.gender));
    }
    if (f.birthday && f.birthday->isValid() && *f.birthday > m_clock.now().date())
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("The birthday cannot be in the future."));
    if (f.email && !f.email->trimmed().isEmpty() && !f.email->contains(u'@'))
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("\"%1\" is not an e-mail address.").arg(*f.email));
    if (f.referrerId && *f.referrerId != 0) {
        if (*f.referrerId == selfId || !m_db.queryInt64("SELECT id FROM members WHERE id = ?", *f.referrerId))
            return makeError(ErrorCode::InvalidInput, MembersTr::tr("The referrer %1 is not another member.").arg(*f.referrerId));
    }
    return {};
}

void MemberService::stamp(qint64 memberId, const QString& type, const QJsonObject& payload)
{
    // The event's HLC timestamp is the profile's version: head office keeps the newest per field
    // set, ties broken by the till's node name.
    // Head office's contract (docs/sync-events.md): member_uuid; a registration carries the
    // profile (format 2, with marketing consent); an edit carries its fields under "fields".
    QJsonObject event = payload;
    event.insert(QStringLiteral("member_uuid"), payload.value(QStringLiteral("uuid")));
    const bool consent = payload.value(QStringLiteral("consent_marketing_sms")).toBool()
        || payload.value(QStringLiteral("consent_marketing_email")).toBool();
    QJsonObject fields;
    for (const char* key : {"name", "mobile", "card_no", "birthday", "tier"})
        fields.insert(QString::fromLatin1(key), payload.value(QString::fromLatin1(key)));
    fields.insert(QStringLiteral("marketing_consent"), consent);
    int version = 1;
    if (type == u"member.registered") {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            event.insert(it.key(), it.value());
        event.insert(QStringLiteral("registered_at"), payload.value(QStringLiteral("joined_at")));
        version = 2;
    } else {
        event.insert(QStringLiteral("fields"), fields);
    }
    const OutboxEvent e = m_outbox.append(type, version, event);
    m_db.execute("UPDATE members SET hlc = ?, updated_ms = ? WHERE id = ?", e.hlc, m_clock.nowMs(), memberId);
}

Result<Member> MemberService::registerInTransaction(const QString& user, const MemberFields& f,
                                                    std::optional<QDateTime> joinedAt)
{
    Q_ASSERT(m_db.inTransaction());
    PATRON_TRY(validate(f, 0, true));
    const QDateTime now = m_clock.now();
    const QDateTime joined = joinedAt.value_or(now);
    const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
    QString gender;
    parseGender(f.gender.value_or(QString()), &gender);
    const QString mobile = normalizeMobile(*f.mobile);
    const QDate birthday = f.birthday.value_or(QDate());
    const bool sms = f.consentSms.value_or(false), email = f.consentEmail.value_or(false);
    m_db.execute(
        "INSERT INTO members(uuid, name, mobile, mobile_last4, gender, birthday, birth_mmdd, email, region, tags, notes,"
        " joined_ms, home_store, referrer_id, consent_sms, consent_sms_ms, consent_email, consent_email_ms, tier_code,"
        " tier_since_ms, hlc, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)",
        uuid.bytes(), f.name->trimmed(), mobile, mobile.right(4), gender,
        birthday.isValid() ? birthday.toString(Qt::ISODate) : QString(),
        birthday.isValid() ? std::optional<qint64>(birthday.month() * 100 + birthday.day()) : std::nullopt,
        nn(f.email.value_or(QString()).trimmed()), nn(f.region.value_or(QString()).trimmed()),
        nn(f.tags.value_or(QStringList()).join(u',')), nn(f.notes.value_or(QString())), joined.toMSecsSinceEpoch(), f.homeStore.value_or(m_storeCode),
        f.referrerId && *f.referrerId ? std::optional<qint64>(*f.referrerId) : std::nullopt, sms, msOrNull(sms, now),
        email, msOrNull(email, now), m_rules.current().baseTier().code, joined.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    const qint64 id = m_db.lastInsertRowId();
    // No card given: the store code and the row id make a number unique in the chain.
    const QString card = f.cardNo && !f.cardNo->trimmed().isEmpty()
        ? f.cardNo->trimmed() : QStringLiteral("%1%2").arg(m_storeCode).arg(id, 8, 10, QChar(u'0'));
    m_db.execute("UPDATE members SET card_no = ? WHERE id = ?", card, id);
    m_index.index(id, f.name->trimmed());
    Member m = *m_members.byId(id);
    stamp(id, QStringLiteral("member.registered"), m.toJson());
    for (const QString& code : m_rules.current().registrationCoupons) {
        auto coupon = m_coupons.issue(id, code, QStringLiteral("registration"));
        if (!coupon)
            return coupon.error();
    }
    m_audit.append(user, QStringLiteral("member.register"), uuid.toString());
    return *m_members.byId(id);
}

Result<Member> MemberService::registerMember(const Session& actor, const MemberFields& fields)
{
    if (!actor.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not register members.").arg(actor.userName));
    return guarded([&]() -> Result<Member> {
        Transaction tx(m_db);
        auto m = registerInTransaction(actor.userName, fields);
        if (m)
            tx.commit();
        return m;
    });
}

Result<Member> MemberService::edit(const Session& actor, qint64 memberId, const MemberFields& f)
{
    if (!actor.can(perm::MemberEdit))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not edit members.").arg(actor.userName));
    return guarded([&]() -> Result<Member> {
        Transaction tx(m_db);
        auto edited = editInTransaction(actor.userName, memberId, f);
        if (edited)
            tx.commit();
        return edited;
    });
}

Result<Member> MemberService::editInTransaction(const QString& user, qint64 memberId, const MemberFields& f)
{
    auto member = m_members.active(memberId);
    if (!member)
        return member.error();
    PATRON_TRY(validate(f, memberId, false));
    const QDateTime now = m_clock.now();
    if (f.name) {
        m_index.index(memberId, f.name->trimmed());  // reads the old name before it changes
        m_db.execute("UPDATE members SET name = ? WHERE id = ?", f.name->trimmed(), memberId);
    }
    if (f.mobile) {
        const QString mobile = normalizeMobile(*f.mobile);
        m_db.execute("UPDATE members SET mobile = ?, mobile_last4 = ? WHERE id = ?", mobile, mobile.right(4), memberId);
    }
    if (f.cardNo && !f.cardNo->trimmed().isEmpty())
        m_db.execute("UPDATE members SET card_no = ? WHERE id = ?", f.cardNo->trimmed(), memberId);
    if (f.gender) {
        QString g;
        parseGender(*f.gender, &g);
        m_db.execute("UPDATE members SET gender = ? WHERE id = ?", g, memberId);
    }
    if (f.birthday)
        m_db.execute("UPDATE members SET birthday = ?, birth_mmdd = ? WHERE id = ?",
                     f.birthday->isValid() ? f.birthday->toString(Qt::ISODate) : QString(),
                     f.birthday->isValid() ? std::optional<qint64>(f.birthday->month() * 100 + f.birthday->day()) : std::nullopt,
                     memberId);
    if (f.email)
        m_db.execute("UPDATE members SET email = ? WHERE id = ?", nn(f.email->trimmed()), memberId);
    if (f.region)
        m_db.execute("UPDATE members SET region = ? WHERE id = ?", nn(f.region->trimmed()), memberId);
    if (f.tags)
        m_db.execute("UPDATE members SET tags = ? WHERE id = ?", nn(f.tags->join(u',')), memberId);
    if (f.notes)
        m_db.execute("UPDATE members SET notes = ? WHERE id = ?", nn(*f.notes), memberId);
    if (f.homeStore)
        m_db.execute("UPDATE members SET home_store = ? WHERE id = ?", nn(f.homeStore->trimmed()), memberId);
    if (f.referrerId)
        m_db.execute("UPDATE members SET referrer_id = ? WHERE id = ?",
                     *f.referrerId ? std::optional<qint64>(*f.referrerId) : std::nullopt, memberId);
    // Consent records when it was given or withdrawn (PIPL: the member's choice and its time).
    if (f.consentSms && *f.consentSms != member->consentSms)
        m_db.execute("UPDATE members SET consent_sms = ?, consent_sms_ms = ? WHERE id = ?", *f.consentSms,
                     now.toMSecsSinceEpoch(), memberId);
    if (f.consentEmail && *f.consentEmail != member->consentEmail)
        m_db.execute("UPDATE members SET consent_email = ?, consent_email_ms = ? WHERE id = ?", *f.consentEmail,
                     now.toMSecsSinceEpoch(), memberId);
    QJsonObject payload = changedFields(f);
    payload.insert(QStringLiteral("uuid"), member->uuid.toString());
    stamp(memberId, QStringLiteral("member.updated"), payload);
    m_audit.append(user, QStringLiteral("member.edit"), member->uuid.toString(),
                   {{QStringLiteral("fields"), QJsonArray::fromStringList(changedFields(f).keys())}});
    return *m_members.byId(memberId);
}

Result<void> MemberService::setPayPin(const Session& actor, qint64 memberId, const QString& pin)
{
    if (!actor.can(perm::SaleCreate))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not set payment PINs.").arg(actor.userName));
    auto normalized = normalizePin(pin);
    if (!normalized)
        return normalized.error();
    const QString hash = hashPin(*normalized);
    wipe(*normalized);
    return guarded([&]() -> Result<void> {
        Transaction tx(m_db);
        auto member = m_members.active(memberId);
        if (!member)
            return member.error();
        m_db.execute("UPDATE members SET pay_pin_hash = ? WHERE id = ?", hash, memberId);
        m_audit.append(actor.userName, QStringLiteral("member.set_pay_pin"), member->uuid.toString());
        tx.commit();
        return {};
    });
}

Result<Member> MemberService::byId(qint64 id) const
{
    return guarded([&]() -> Result<Member> {
        auto m = m_members.byId(id);
        if (!m)
            return makeError(ErrorCode::NotFound, MembersTr::tr("There is no member with the id %1.").arg(id));
        return *m;
    });
}

Result<QList<Member>> MemberService::find(const QString& rawQuery, int limit) const
{
    return guarded([&]() -> Result<QList<Member>> {
        const QString q = normalizeDigits(rawQuery).trimmed();
        QList<Member> out;
        if (q.isEmpty())
            return out;
        if (q.startsWith(QLatin1String("id:"), Qt::CaseInsensitive)) {
            bool ok = false;
            const qint64 id = q.mid(3).toLongLong(&ok);
            if (auto m = ok ? m_members.byId(id) : std::nullopt)
                out << *m;
            return out;
        }
        if (q.startsWith(QLatin1String("PATRON:M:"))) {
            if (auto m = m_members.byCard(q.mid(9)); m && !m->isErased())
                out << *m;
            return out;
        }
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        const QString mobile = normalizeMobile(q);
        if (digits.match(mobile).hasMatch() && mobile.size() == 11) {
            if (auto m = m_members.byMobile(mobile))
                out << *m;
        } else if (digits.match(q).hasMatch() && q.size() == 4) {
            out = m_members.where("mobile_last4 = ? AND status = 'active' ORDER BY id", {q}, limit);
        }
        if (auto m = m_members.byCard(q); m && !m->isErased() && (out.isEmpty() || out.first().id != m->id))
            out.prepend(*m);
        if (!out.isEmpty() || digits.match(q).hasMatch())
            return out;
        static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+$"));
        QList<qint64> ids = m_index.byNameFragment(q, limit);
        if (letters.match(q).hasMatch())
            for (qint64 id : m_index.byInitials(q, limit))
                if (!ids.contains(id) && ids.size() < limit)
                    ids << id;
        for (qint64 id : ids)
            out << *m_members.byId(id);
        return out;
    });
}

Result<Member> MemberService::resolve(const QString& ref) const
{
    return guarded([&]() -> Result<Member> {
        const QString q = normalizeDigits(ref).trimmed();
        std::optional<Member> m;
        if (q.startsWith(QLatin1String("id:"), Qt::CaseInsensitive)) {
            bool ok = false;
            const qint64 id = q.mid(3).toLongLong(&ok);
            if (ok)
                m = m_members.byId(id);
        } else if (q.startsWith(QLatin1String("PATRON:M:"))) {
            m = m_members.byCard(q.mid(9));
        } else if (isValidMobile(q)) {
            m = m_members.byMobile(q);
        }
        if (!m && !q.startsWith(QLatin1String("id:"), Qt::CaseInsensitive))
            m = m_members.byCard(q);
        if (!m)
            return makeError(ErrorCode::NotFound, MembersTr::tr("No member has the mobile, card or id \"%1\".").arg(ref));
        return *m;
    });
}

} // namespace patron
