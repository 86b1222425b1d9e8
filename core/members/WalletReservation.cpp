#include "members/WalletReservation.h"

#include "members/LoyaltyRuleBook.h"
#include "members/Member.h"
#include "money/Money.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

Result<void> LocalWalletReservation::reserve(const Member& member, qint64 amountMinor, const Uuid&)
{
    if (amountMinor > member.walletBalanceMinor())
        return makeError(ErrorCode::Refused, MembersTr::tr("The stored value balance is %1; it cannot pay %2.")
                                                 .arg(Money(member.walletBalanceMinor(), QStringLiteral("CNY")).toDisplayString(),
                                                      Money(amountMinor, QStringLiteral("CNY")).toDisplayString()));
    const qint64 limit = m_rules.current().wallet.offlineLimitMinor;
    if (limit > 0 && amountMinor > limit)
        return makeError(ErrorCode::Refused, MembersTr::tr("Without head office, stored value can pay at most %1 at a time.")
                                                 .arg(Money(limit, QStringLiteral("CNY")).toDisplayString()));
    return {};
}

} // namespace patron
