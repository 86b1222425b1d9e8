#include "members/MemberRepository.h"

#include "common/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

const char* MemberRepository::columns()
{
    return "id, uuid, name, mobile, card_no, gender, birthday, email, region, tags, notes, joined_ms, home_store,"
           " referrer_id, status, consent_sms, consent_sms_ms, consent_email, consent_email_ms, pay_pin_hash,"
           " tier_code, tier_since_ms, tier_expires_ms, points_balance, wallet_principal_minor, wallet_bonus_minor,"
           " last_visit_ms, visits, spend_minor, hlc, merged_into_id";
}

QDateTime MemberRepository::fromMs(std::optional<qint64> ms) const
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, m_clock.now().timeZone());
}

Member MemberRepository::read(Statement& s) const
{
    // The clock's zone once per row, not once per time column: asking the clock for it
    // converts the current time each call.
    const QTimeZone zone = m_clock.now().timeZone();
    const auto at = [&zone](std::optional<qint64> ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(*ms, zone) : QDateTime();
    };
    Member m;
    m.id = s.int64(0);
    m.uuid = Uuid::fromBytes(s.blob(1));
    m.name = s.text(2);
    m.mobile = s.text(3);
    m.cardNo = s.text(4);
    m.gender = s.text(5);
    m.birthday = QDate::fromString(s.text(6), Qt::ISODate);
    m.email = s.text(7);
    m.region = s.text(8);
    m.tags = s.text(9).split(u',', Qt::SkipEmptyParts);
    m.notes = s.text(10);
    m.joinedAt = at(s.int64(11));
    m.homeStore = s.text(12);
    m.referrerId = s.optInt64(13).value_or(0);
    m.status = s.text(14) == u"erased" ? MemberStatus::Erased : MemberStatus::Active;
    m.consentSms = s.int64(15) != 0;
    m.consentSmsAt = at(s.optInt64(16));
    m.consentEmail = s.int64(17) != 0;
    m.consentEmailAt = at(s.optInt64(18));
    m.hasPayPin = !s.isNull(19);
    m.tierCode = s.text(20);
    m.tierSince = at(s.int64(21));
    m.tierExpiresAt = at(s.optInt64(22));
    m.pointsBalance = s.int64(23);
    m.walletPrincipalMinor = s.int64(24);
    m.walletBonusMinor = s.int64(25);
    m.lastVisitAt = at(s.optInt64(26));
    m.visits = s.int64(27);
    m.spendMinor = s.int64(28);
    m.hlc = s.text(29);
    m.mergedIntoId = s.optInt64(30).value_or(0);
    return m;
}

std::optional<Member> MemberRepository::one(const char* condition, const QByteArray& blob, const QString& text,
                                            qint64 number) const
{
    const QByteArray sql = QByteArray("SELECT ") + columns() + " FROM members WHERE " + condition;
    Statement s = m_db.prepare(sql.constData());
    if (!blob.isNull())
        s.bindBlob(1, blob);
    else if (!text.isNull())
        s.bind(1, text);
    else
        s.bind(1, number);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

std::optional<Member> MemberRepository::byId(qint64 id) const { return survivorOf(rowById(id)); }

std::optional<Member> MemberRepository::rowById(qint64 id) const
{
    // Kept prepared: the checkout reads its member by id in every member's sale (a cached
    // statement needs SQL that outlives the connection, hence the static).
    static const QByteArray sql = QByteArray("SELECT ") + columns() + " FROM members WHERE id = ?";
    Statement s = m_db.cached(sql.constData());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read(s);
}
std::optional<Member> MemberRepository::byUuid(const Uuid& uuid) const
{
    return survivorOf(one("uuid = ?", uuid.bytes(), {}, 0));
}

std::optional<Member> MemberRepository::survivorOf(std::optional<Member> m) const
{
    // Another till, head office or an old receipt may still name a merged member: it answers as
    // the member it was merged into. MemberMerge never merges into a merged member, so one hop
    // is the rule; the bound only guards against a hand-edited store.
    for (int hops = 0; m && m->mergedIntoId != 0 && hops < 8; ++hops)
        m = rowById(m->mergedIntoId);
    return m;
}
std::optional<Member> MemberRepository::byMobile(const QString& mobile) const
{
    return one("mobile = ?", {}, normalizeMobile(mobile), 0);
}
std::optional<Member> MemberRepository::byCard(const QString& cardNo) const
{
    return one("card_no = ?", {}, cardNo.trimmed(), 0);
}

Result<Member> MemberRepository::active(qint64 id) const
{
    auto m = byId(id);
    if (!m)
        return makeError(ErrorCode::NotFound, MembersTr::tr("There is no member with the id %1.").arg(id));
    if (m->isErased())
        return makeError(ErrorCode::Refused, MembersTr::tr("Member %1 was erased and can no longer be used.").arg(id));
    return *m;
}

QList<Member> MemberRepository::where(const char* condition, const QList<QString>& binds, int limit) const
{
    const QByteArray sql = QByteArray("SELECT ") + columns() + " FROM members WHERE " + condition + " LIMIT ?";
    Statement s = m_db.prepare(sql.constData());
    int i = 1;
    for (const QString& b : binds)
        s.bind(i++, b);
    s.bind(i, qint64(limit));
    QList<Member> out;
    while (s.step())
        out << read(s);
    return out;
}

} // namespace patron
