#include "members/CouponService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "members/LoyaltyRuleBook.h"
#include "money/Money.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

const char* kCouponColumns =
    "id, uuid, template_code, name, kind, value, threshold_minor, cap_minor, skus, restore_on_return, member_id,"
    " source, status, issued_ms, expires_ms, sale_uuid, discount_minor";

QJsonValue isoOrNull(const QDateTime& t) { return t.isValid() ? QJsonValue(isoWithOffset(t)) : QJsonValue(); }
} // namespace

QJsonObject Coupon::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("uuid"), uuid.toString()},
            {QStringLiteral("template"), templateCode},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), couponKindName(kind)},
            {QStringLiteral("value"), value},
            {QStringLiteral("threshold_minor"), thresholdMinor},
            {QStringLiteral("cap_minor"), capMinor},
            {QStringLiteral("skus"), QJsonArray::fromStringList(skus)},
            {QStringLiteral("restore_on_return"), restoreOnReturn},
            {QStringLiteral("member_id"), memberId},
            {QStringLiteral("source"), source},
            {QStringLiteral("status"), status},
            {QStringLiteral("issued_at"), isoOrNull(issuedAt)},
            {QStringLiteral("expires_at"), isoOrNull(expiresAt)},
            {QStringLiteral("sale_uuid"), saleUuid.isNull() ? QJsonValue() : QJsonValue(saleUuid.toString())},
            {QStringLiteral("discount_minor"), discountMinor}};
}

CouponService::CouponService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_rules(rules)
{
}

qint64 CouponService::discount(const Coupon& c, const CartSummary& cart)
{
    qint64 eligible = cart.subtotalMinor;
    if (c.kind == CouponKind::Product) {
        eligible = 0;
        for (const CouponCartLine& l : cart.lines)
            if (c.skus.contains(l.sku))
                eligible += l.amountMinor;
    }
    if (eligible <= 0 || eligible < c.thresholdMinor)
        return 0;
    qint64 off = 0;
    switch (c.kind) {
    case CouponKind::AmountOff:
    case CouponKind::Product:
        off = c.value;
        break;
    case CouponKind::PercentOff:
        off = applyBasisPoints(eligible, c.value);
        if (c.capMinor > 0)
            off = std::min(off, c.capMinor);
        break;
    }
    // Never more than what it applies to (and never more than the cart).
    return std::clamp<qint64>(off, 0, std::min(eligible, cart.subtotalMinor));
}

Result<Coupon> CouponService::byId(qint64 couponId) const
{
    return guarded([&]() -> Result<Coupon> {
        const QByteArray sql = QByteArray("SELECT ") + kCouponColumns + " FROM coupons WHERE id = ?";
        Statement s = m_db.prepare(sql.constData());
        s.bind(1, couponId);
        if (!s.step())
            return makeError(ErrorCode::NotFound, MembersTr::tr("There is no coupon %1.").arg(couponId));
        const QTimeZone zone = m_clock.now().timeZone();
        Coupon c;
        c.id = s.int64(0);
        c.uuid = Uuid::fromBytes(s.blob(1));
        c.templateCode = s.text(2);
        c.name = s.text(3);
        parseCouponKind(s.text(4), &c.kind);
        c.value = s.int64(5);
        c.thresholdMinor = s.int64(6);
        c.capMinor = s.int64(7);
        c.skus = s.text(8).split(u',', Qt::SkipEmptyParts);
        c.restoreOnReturn = s.int64(9) != 0;
        c.memberId = s.int64(10);
        c.source = s.text(11);
        c.status = s.text(12);
        c.issuedAt = QDateTime::fromMSecsSinceEpoch(s.int64(13), zone);
        if (!s.isNull(14))
            c.expiresAt = QDateTime::fromMSecsSinceEpoch(s.int64(14), zone);
        c.saleUuid = Uuid::fromBytes(s.blob(15));
        c.discountMinor = s.int64(16);
        if (c.status == u"issued" && c.expiresAt.isValid() && c.expiresAt <= m_clock.now())
            c.status = QStringLiteral("expired");
        return c;
    });
}

void CouponService::publish(const QString& type, const Coupon& c)
{
    Statement s = m_db.prepare("SELECT uuid FROM members WHERE id = ?");
    s.bind(1, c.memberId);
    QJsonObject payload = c.toJson();
    payload.insert(QStringLiteral("member_uuid"), s.step() ? Uuid::fromBytes(s.blob(0)).toString() : QString());
    m_outbox.append(type, 1, payload);
}

Result<Coupon> CouponService::issue(qint64 memberId, const QString& templateCode, const QString& source)
{
    Q_ASSERT(m_db.inTransaction());
    const CouponTemplate* t = m_rules.current().couponTemplate(templateCode);
    if (!t)
        return makeError(ErrorCode::NotFound, MembersTr::tr("There is no coupon template %1.").arg(templateCode));
    if (m_db.queryInt64("SELECT count(*) FROM members WHERE id = ? AND status = 'active'", memberId).value_or(0) == 0)
        return makeError(ErrorCode::NotFound, MembersTr::tr("There is no active member with the id %1.").arg(memberId));
    const QDateTime now = m_clock.now();
    // Valid through the end of the last day, so "30 days" means 30 whole days to a customer.
    const QDateTime expires(now.date().addDays(t->validDays), QTime(0, 0), now.timeZone());
    const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
    m_db.execute("INSERT INTO coupons(uuid, template_code, name, kind, value, threshold_minor, cap_minor, skus,"
                 " restore_on_return, member_id, source, status, issued_ms, expires_ms)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, 'issued', ?, ?)",
                 uuid.bytes(), t->code, t->name, couponKindName(t->kind), t->value, t->thresholdMinor, t->capMinor,
                 t->skus.join(u','), t->restoreOnReturn, memberId, source, now.toMSecsSinceEpoch(),
                 expires.toMSecsSinceEpoch());
    auto coupon = byId(m_db.lastInsertRowId());
    if (!coupon)
        throw StoreException(coupon.error());
    publish(QStringLiteral("coupon.issued"), *coupon);
    return coupon;
}

Result<Coupon> CouponService::usable(qint64 couponId, qint64 memberId) const
{
    auto c = byId(couponId);
    if (!c)
        return c;
    if (c->memberId != memberId)
        return makeError(ErrorCode::Refused, MembersTr::tr("Coupon %1 belongs to another member.").arg(couponId));
    if (c->status == u"redeemed")
        return makeError(ErrorCode::Refused, MembersTr::tr("Coupon %1 was already used.").arg(couponId));
    if (c->status == u"expired")
        return makeError(ErrorCode::Refused, MembersTr::tr("Coupon %1 expired on %2.")
                                                 .arg(couponId).arg(c->expiresAt.date().toString(Qt::ISODate)));
    if (c->status != u"issued")
        return makeError(ErrorCode::Refused, MembersTr::tr("Coupon %1 is no longer valid.").arg(couponId));
    return c;
}

Result<qint64> CouponService::discountFor(qint64 couponId, qint64 memberId, const CartSummary& cart) const
{
    auto c = usable(couponId, memberId);
    if (!c)
        return c.error();
    return discount(*c, cart);
}

Result<Coupon> CouponService::redeem(qint64 couponId, qint64 memberId, const Uuid& saleUuid, const CartSummary& cart)
{
    Q_ASSERT(m_db.inTransaction());
    auto c = usable(couponId, memberId);
    if (!c)
        return c;
    const qint64 off = discount(*c, cart);
    if (off <= 0)
        return makeError(ErrorCode::Refused, MembersTr::tr("Coupon %1 needs a spend of %2.")
                                                 .arg(couponId).arg(Money(c->thresholdMinor, QStringLiteral("CNY")).toDisplayString()));
    // The status guard makes a second redeem of the same coupon fail even across connections.
    if (m_db.execute("UPDATE coupons SET status = 'redeemed', sale_uuid = ?, discount_minor = ?, redeemed_ms = ?"
                     " WHERE id = ? AND status = 'issued'",
                     saleUuid.bytes(), off, m_clock.nowMs(), couponId) == 0)
        return makeError(ErrorCode::Conflict, MembersTr::tr("Coupon %1 was used meanwhile.").arg(couponId));
    auto done = byId(couponId);
    publish(QStringLiteral("coupon.redeemed"), *done);
    return done;
}

Result<QList<Coupon>> CouponService::restoreForReturn(const Uuid& saleUuid)
{
    Q_ASSERT(m_db.inTransaction());
    QList<qint64> ids;
    Statement s = m_db.prepare("SELECT id FROM coupons WHERE sale_uuid = ? AND status = 'redeemed' AND restore_on_return = 1");
    s.bindBlob(1, saleUuid.bytes());
    while (s.step())
        ids << s.int64(0);
    s = Statement();
    QList<Coupon> out;
    for (qint64 id : ids) {
        m_db.execute("UPDATE coupons SET status = 'issued', sale_uuid = NULL, discount_minor = 0, redeemed_ms = NULL WHERE id = ?", id);
        auto c = byId(id);
        publish(QStringLiteral("coupon.restored"), *c);
        out << *c;
    }
    return out;
}

Result<Coupon> CouponService::issueManually(const Session& actor, qint64 memberId, const QString& templateCode)
{
    if (!actor.can(perm::MemberEdit))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not issue coupons.").arg(actor.userName));
    return guarded([&]() -> Result<Coupon> {
        Transaction tx(m_db);
        auto c = issue(memberId, templateCode, QStringLiteral("manual"));
        if (!c)
            return c;
        m_audit.append(actor.userName, QStringLiteral("coupon.issue"), c->uuid.toString(),
                       {{QStringLiteral("template"), templateCode}, {QStringLiteral("member_id"), memberId}});
        tx.commit();
        return c;
    });
}

Result<int> CouponService::issueToMembers(const Session& actor, const QList<qint64>& memberIds, const QString& templateCode)
{
    if (!actor.can(perm::RulesEdit))
        return makeError(ErrorCode::PermissionDenied, MembersTr::tr("%1 may not issue coupons to a segment.").arg(actor.userName));
    return guarded([&]() -> Result<int> {
        Transaction tx(m_db);
        int issued = 0;
        for (qint64 id : memberIds) {
            auto c = issue(id, templateCode, QStringLiteral("segment"));
            if (!c)
                return c.error();
            ++issued;
        }
        m_audit.append(actor.userName, QStringLiteral("coupon.issue_segment"), templateCode,
                       {{QStringLiteral("count"), issued}});
        tx.commit();
        return issued;
    });
}

Result<int> CouponService::issueBirthdayCoupons()
{
    const QString code = m_rules.current().birthdayCoupon;
    if (code.isEmpty())
        return 0;
    return guarded([&]() -> Result<int> {
        Transaction tx(m_db);
        const QDateTime now = m_clock.now();
        const QDateTime yearStart(QDate(now.date().year(), 1, 1), QTime(0, 0), now.timeZone());
        // Once a year: a member who already got this year's birthday coupon is skipped, so the
        // job may run twice a day or be caught up after a closed day.
        QList<qint64> ids;
        Statement s = m_db.prepare(
            "SELECT id FROM members WHERE birth_mmdd = ? AND status = 'active' AND NOT EXISTS ("
            " SELECT 1 FROM coupons c WHERE c.member_id = members.id AND c.source = 'birthday' AND c.issued_ms >= ?)");
        s.bindAll(qint64(now.date().month() * 100 + now.date().day()), yearStart.toMSecsSinceEpoch());
        while (s.step())
            ids << s.int64(0);
        s = Statement();
        for (qint64 id : ids) {
            auto c = issue(id, code, QStringLiteral("birthday"));
            if (!c)
                return c.error();
        }
        tx.commit();
        return int(ids.size());
    });
}

Result<QList<ApplicableCoupon>> CouponService::applicableCoupons(qint64 memberId, const CartSummary& cart) const
{
    auto all = coupons(memberId);
    if (!all)
        return all.error();
    QList<ApplicableCoupon> out;
    for (const Coupon& c : *all) {
        if (c.status != u"issued")
            continue;
        const qint64 off = discount(c, cart);
        if (off > 0)
            out.append({c, off});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ApplicableCoupon& a, const ApplicableCoupon& b) { return a.discountMinor > b.discountMinor; });
    return out;
}

Result<QList<Coupon>> CouponService::coupons(qint64 memberId) const
{
    return guarded([&]() -> Result<QList<Coupon>> {
        QList<qint64> ids;
        Statement s = m_db.prepare("SELECT id FROM coupons WHERE member_id = ? ORDER BY id");
        s.bind(1, memberId);
        while (s.step())
            ids << s.int64(0);
        s = Statement();
        QList<Coupon> out;
        for (qint64 id : ids) {
            auto c = byId(id);
            if (!c)
                return c.error();
            out << *c;
        }
        return out;
    });
}

} // namespace patron
