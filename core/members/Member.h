#pragma once
// A member's profile and the balances and counters kept on it.

#include "common/Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace patron {

enum class MemberStatus { Active, Erased };

struct Member {
    qint64 id = 0;
    Uuid uuid;
    QString name;
    QString mobile;
    QString cardNo;
    QString gender;  // "", "f" or "m"
    QDate birthday;
    QString email;
    QString region;
    QStringList tags;
    QString notes;
    QDateTime joinedAt;
    QString homeStore;
    qint64 referrerId = 0;
    MemberStatus status = MemberStatus::Active;
    bool consentSms = false;
    QDateTime consentSmsAt;
    bool consentEmail = false;
    QDateTime consentEmailAt;
    bool hasPayPin = false;
    QString tierCode;
    QDateTime tierSince;
    QDateTime tierExpiresAt;  // invalid: the tier does not lapse
    qint64 pointsBalance = 0;
    qint64 walletPrincipalMinor = 0;
    qint64 walletBonusMinor = 0;
    QDateTime lastVisitAt;  // invalid: never visited
    qint64 visits = 0;
    qint64 spendMinor = 0;
    QString hlc;
    qint64 mergedIntoId = 0;  // set when a manager merged this member into another (MemberMerge)

    bool isErased() const { return status == MemberStatus::Erased; }
    qint64 walletBalanceMinor() const { return walletPrincipalMinor + walletBonusMinor; }
    QString qrPayload() const;  // "PATRON:M:<card>"
    QJsonObject toJson() const;
};

// Chinese mainland mobile: 11 digits, 1[3-9]xxxxxxxxx. Full-width digits are normalised first.
bool isValidMobile(const QString& mobile);
QString normalizeMobile(const QString& mobile);

// What a new member or an edit supplies; unset fields stay as they are.
struct MemberFields {
    std::optional<QString> name;
    std::optional<QString> mobile;
    std::optional<QString> cardNo;
    std::optional<QString> gender;
    std::optional<QDate> birthday;  // an invalid date clears it
    std::optional<QString> email;
    std::optional<QString> region;
    std::optional<QStringList> tags;
    std::optional<QString> notes;
    std::optional<QString> homeStore;
    std::optional<qint64> referrerId;  // 0 clears it
    std::optional<bool> consentSms;
    std::optional<bool> consentEmail;
};

} // namespace patron
