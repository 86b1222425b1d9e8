#include "sales/Promotion.h"

namespace patron {

QString promotionKindCode(PromotionKind k)
{
    switch (k) {
    case PromotionKind::Percent: return QStringLiteral("percent");
    case PromotionKind::Amount: return QStringLiteral("amount");
    case PromotionKind::Multibuy: return QStringLiteral("multibuy");
    case PromotionKind::BuyXGetY: return QStringLiteral("buy_x_get_y");
    }
    return {};
}

bool promotionKindFromCode(const QString& code, PromotionKind* out)
{
    for (PromotionKind k : {PromotionKind::Percent, PromotionKind::Amount, PromotionKind::Multibuy, PromotionKind::BuyXGetY})
        if (promotionKindCode(k) == code) {
            *out = k;
            return true;
        }
    return false;
}

bool Promotion::appliesAt(const QDateTime& at, bool hasMember) const
{
    if (!active || (memberOnly && !hasMember))
        return false;
    if (startsAt.isValid() && at < startsAt)
        return false;
    if (endsAt.isValid() && at >= endsAt)
        return false;
    if (!weekdays.contains(QChar(u'0' + at.date().dayOfWeek())))
        return false;
    if (timeFrom.isValid() && timeTo.isValid()) {
        const QTime t = at.time();
        // A window past midnight (22:00–02:00) wraps.
        const bool inside = timeFrom <= timeTo ? (t >= timeFrom && t < timeTo) : (t >= timeFrom || t < timeTo);
        if (!inside)
            return false;
    }
    return true;
}

} // namespace patron
