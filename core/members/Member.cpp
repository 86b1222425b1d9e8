#include "members/Member.h"

#include "common/Clock.h"
#include "money/Money.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace patron {

namespace {
QJsonValue isoOrNull(const QDateTime& t) { return t.isValid() ? QJsonValue(isoWithOffset(t)) : QJsonValue(); }
} // namespace

QString normalizeMobile(const QString& mobile)
{
    QString m = normalizeDigits(mobile).trimmed();
    m.remove(u' ');
    m.remove(u'-');
    if (m.startsWith(QLatin1String("+86")))
        m = m.mid(3);
    return m;
}

bool isValidMobile(const QString& mobile)
{
    static const QRegularExpression re(QStringLiteral("^1[3-9]\\d{9}$"));
    return re.match(normalizeMobile(mobile)).hasMatch();
}

QString Member::qrPayload() const { return QStringLiteral("PATRON:M:") + cardNo; }

QJsonObject Member::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("uuid"), uuid.toString()},
            {QStringLiteral("name"), name},
            {QStringLiteral("mobile"), mobile.isEmpty() ? QJsonValue() : QJsonValue(mobile)},
            {QStringLiteral("card_no"), cardNo.isEmpty() ? QJsonValue() : QJsonValue(cardNo)},
            {QStringLiteral("gender"), gender},
            {QStringLiteral("birthday"), birthday.isValid() ? QJsonValue(birthday.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("email"), email},
            {QStringLiteral("region"), region},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("joined_at"), isoOrNull(joinedAt)},
            {QStringLiteral("home_store"), homeStore},
            {QStringLiteral("referrer_id"), referrerId ? QJsonValue(referrerId) : QJsonValue()},
            {QStringLiteral("status"), isErased() ? QStringLiteral("erased") : QStringLiteral("active")},
            {QStringLiteral("consent_marketing_sms"), consentSms},
            {QStringLiteral("consent_marketing_sms_at"), isoOrNull(consentSmsAt)},
            {QStringLiteral("consent_marketing_email"), consentEmail},
            {QStringLiteral("consent_marketing_email_at"), isoOrNull(consentEmailAt)},
            {QStringLiteral("has_pay_pin"), hasPayPin},
            {QStringLiteral("tier"), tierCode},
            {QStringLiteral("tier_since"), isoOrNull(tierSince)},
            {QStringLiteral("tier_expires_at"), isoOrNull(tierExpiresAt)},
            {QStringLiteral("points"), pointsBalance},
            {QStringLiteral("wallet_principal_minor"), walletPrincipalMinor},
            {QStringLiteral("wallet_bonus_minor"), walletBonusMinor},
            {QStringLiteral("wallet_balance_minor"), walletBalanceMinor()},
            {QStringLiteral("last_visit_at"), isoOrNull(lastVisitAt)},
            {QStringLiteral("visits"), visits},
            {QStringLiteral("spend_minor"), spendMinor},
            {QStringLiteral("qr"), cardNo.isEmpty() ? QJsonValue() : QJsonValue(qrPayload())},
            {QStringLiteral("hlc"), hlc}};
}

} // namespace patron
