#include "hq/HqPromotion.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqPromotionTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqPromotion)
};

namespace {

QJsonValue isoOrNull(const QDateTime& t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue hmOrNull(const QTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}
} // namespace

QString HqPromotion::problem() const
{
    if (code.trimmed().isEmpty())
        return HqPromotionTr::tr("A head-office promotion needs a code.");
    if (target.trimmed().isEmpty())
        return HqPromotionTr::tr("A promotion needs a product or a category.");
    return terms.problem();
}

QJsonObject HqPromotion::definition() const
{
    const QString scopeCode = scope == PromotionScope::Product ? QStringLiteral("product") : QStringLiteral("category");
    return {{QStringLiteral("kind"), promotionKindCode(terms.kind)},
            {QStringLiteral("scope"), scopeCode},
            {QStringLiteral("target"), target.trimmed()},
            {QStringLiteral("percent_bp"), terms.percentBp},
            {QStringLiteral("amount_minor"), terms.amountMinor},
            {QStringLiteral("buy_qty"), terms.buyQty},
            {QStringLiteral("get_qty"), terms.getQty},
            {QStringLiteral("bundle_price_minor"), terms.bundlePriceMinor},
            {QStringLiteral("starts_at"), isoOrNull(terms.startsAt)},
            {QStringLiteral("ends_at"), isoOrNull(terms.endsAt)},
            {QStringLiteral("weekdays"), terms.weekdays},
            {QStringLiteral("time_from"), hmOrNull(terms.timeFrom)},
            {QStringLiteral("time_to"), hmOrNull(terms.timeTo)},
            {QStringLiteral("member_only"), terms.memberOnly}};
}

std::optional<HqPromotion> HqPromotion::fromRow(const QJsonObject& row)
{
    const QJsonObject d = row.value(QStringLiteral("definition")).toObject();
    HqPromotion p;
    p.code = row.value(QStringLiteral("code")).toString();
    p.terms.name = row.value(QStringLiteral("name")).toString();
    p.terms.active = row.value(QStringLiteral("active")).toBool(true);
    if (!promotionKindFromCode(d.value(QStringLiteral("kind")).toString(), &p.terms.kind))
        return std::nullopt;
    const QString scope = d.value(QStringLiteral("scope")).toString();
    if (scope != u"product" && scope != u"category")
        return std::nullopt;
    p.scope = scope == u"product" ? PromotionScope::Product : PromotionScope::Category;
    p.target = d.value(QStringLiteral("target")).toString();
    p.terms.percentBp = int(d.value(QStringLiteral("percent_bp")).toInteger());
    p.terms.amountMinor = d.value(QStringLiteral("amount_minor")).toInteger();
    p.terms.buyQty = int(d.value(QStringLiteral("buy_qty")).toInteger());
    p.terms.getQty = int(d.value(QStringLiteral("get_qty")).toInteger());
    p.terms.bundlePriceMinor = d.value(QStringLiteral("bundle_price_minor")).toInteger();
    p.terms.startsAt = QDateTime::fromString(d.value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
    p.terms.endsAt = QDateTime::fromString(d.value(QStringLiteral("ends_at")).toString(), Qt::ISODate);
    p.terms.weekdays = d.value(QStringLiteral("weekdays")).toString(QStringLiteral("1234567"));
    p.terms.timeFrom = QTime::fromString(d.value(QStringLiteral("time_from")).toString(), QStringLiteral("HH:mm"));
    p.terms.timeTo = QTime::fromString(d.value(QStringLiteral("time_to")).toString(), QStringLiteral("HH:mm"));
    p.terms.memberOnly = d.value(QStringLiteral("member_only")).toBool();
    if (!p.problem().isEmpty())
        return std::nullopt;
    return p;
}

} // namespace patron
