#include "sales/LoyaltyPort.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct LoyaltyPortTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Sales)
};

Result<qint64> NoLoyalty::couponDiscount(qint64, const QString& code, const QList<LoyaltyLine>&)
{
    return makeError(ErrorCode::Refused, LoyaltyPortTr::tr("Coupon %1 cannot be used: this store has no membership.").arg(code));
}

Result<qint64> NoLoyalty::pointsValue(qint64, qint64, qint64)
{
    return makeError(ErrorCode::Refused, LoyaltyPortTr::tr("Points cannot be used: this store has no membership."));
}

Result<void> NoLoyalty::reserveWallet(qint64, qint64, const Uuid&)
{
    return makeError(ErrorCode::Refused, LoyaltyPortTr::tr("Stored value cannot be used: this store has no membership."));
}

} // namespace patron
