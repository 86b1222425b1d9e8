#include "sales/Promotion.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PromotionTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Promotion)
};

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

QString Promotion::problem() const
{
    if (name.trimmed().isEmpty())
        return PromotionTr::tr("A promotion needs a name.");
    switch (kind) {
    case PromotionKind::Percent:
        if (percentBp <= 0 || percentBp > 10000)
            return PromotionTr::tr("A percent-off promotion takes between 0% and 100% off.");
        break;
    case PromotionKind::Amount:
        if (amountMinor <= 0)
            return PromotionTr::tr("An amount-off promotion needs an amount.");
        break;
    case PromotionKind::Multibuy:
        if (buyQty < 2 || bundlePriceMinor < 0)
            return PromotionTr::tr("A multibuy needs a quantity of at least 2 and a bundle price.");
        break;
    case PromotionKind::BuyXGetY:
        if (buyQty < 1 || getQty < 1)
            return PromotionTr::tr("Buy X get Y needs X and Y of at least 1.");
        break;
    }
    if (startsAt.isValid() && endsAt.isValid() && endsAt <= startsAt)
        return PromotionTr::tr("A promotion must end after it starts.");
    for (QChar c : weekdays)
        if (c < u'1' || c > u'7')
            return PromotionTr::tr("Weekdays are digits 1 (Monday) to 7 (Sunday).");
    if (timeFrom.isValid() != timeTo.isValid())
        return PromotionTr::tr("A time window needs both a start and an end.");
    return {};
}

} // namespace patron
