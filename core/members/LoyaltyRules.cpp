#include "members/LoyaltyRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

// Reads fields of one JSON object, remembering the first problem with its path for the error.
class Reader {
public:
    Reader(const QJsonObject& o, QString path, QString* error) : m_o(o), m_path(std::move(path)), m_error(error) {}

    qint64 integer(const char* key, qint64 fallback, qint64 min = 0, qint64 max = std::numeric_limits<qint64>::max())
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1.5);  // JSON numbers: accept only whole numbers in range
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < min || qint64(d) > max) {
            fail(MembersTr::tr("%1.%2 must be a whole number from %3 to %4.")
                     .arg(m_path, QLatin1String(key)).arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }
    QString text(const char* key, const QString& fallback = {})
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(MembersTr::tr("%1.%2 must be text.").arg(m_path, QLatin1String(key)));
            return fallback;
        }
        return v.toString().trimmed();
    }
    bool boolean(const char* key, bool fallback)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(MembersTr::tr("%1.%2 must be true or false.").arg(m_path, QLatin1String(key)));
            return fallback;
        }
        return v.toBool();
    }
    QDate date(const char* key)
    {
        const QString t = text(key);
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            fail(MembersTr::tr("%1.%2 must be a date like 2026-05-01.").arg(m_path, QLatin1String(key)));
        return d;
    }
    void fail(const QString& message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString* m_error;
};

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        if (x.isString() && !x.toString().trimmed().isEmpty())
            out << x.toString().trimmed();
    return out;
}

QString expiryName(PointsExpiry e)
{
    switch (e) {
    case PointsExpiry::Never: return QStringLiteral("never");
    case PointsExpiry::Rolling: return QStringLiteral("rolling");
    case PointsExpiry::YearEnd: return QStringLiteral("year_end");
    }
    return {};
}
} // namespace

QString spendOrderName(SpendOrder order)
{
    switch (order) {
    case SpendOrder::Proportional: return QStringLiteral("proportional");
    case SpendOrder::PrincipalFirst: return QStringLiteral("principal_first");
    case SpendOrder::BonusFirst: return QStringLiteral("bonus_first");
    }
    return {};
}

QString couponKindName(CouponKind kind)
{
    switch (kind) {
    case CouponKind::AmountOff: return QStringLiteral("amount_off");
    case CouponKind::PercentOff: return QStringLiteral("percent_off");
    case CouponKind::Product: return QStringLiteral("product");
    }
    return {};
}

bool parseCouponKind(const QString& name, CouponKind* kind)
{
    for (CouponKind k : {CouponKind::AmountOff, CouponKind::PercentOff, CouponKind::Product})
        if (couponKindName(k) == name) {
            *kind = k;
            return true;
        }
    return false;
}

LoyaltyRules LoyaltyRules::defaults()
{
    LoyaltyRules r;
    TierRule base;
    base.code = QStringLiteral("normal");
    base.name = MembersTr::tr("Member");
    r.tiers << base;
    return r;
}

const TierRule* LoyaltyRules::tier(const QString& code) const
{
    for (const TierRule& t : tiers)
        if (t.code == code)
            return &t;
    return nullptr;
}

const TierRule* LoyaltyRules::nextTier(const QString& code) const
{
    const TierRule* current = tier(code);
    const int rank = current ? current->rank : -1;
    for (const TierRule& t : tiers)  // sorted by rank
        if (t.rank > rank)
            return &t;
    return nullptr;
}

const CouponTemplate* LoyaltyRules::couponTemplate(const QString& code) const
{
    for (const CouponTemplate& t : couponTemplates)
        if (t.code == code)
            return &t;
    return nullptr;
}

const GiftRule* LoyaltyRules::gift(const QString& code) const
{
    for (const GiftRule& g : gifts)
        if (g.code == code)
            return &g;
    return nullptr;
}

const CountCardProduct* LoyaltyRules::countCardProduct(const QString& sku) const
{
    for (const CountCardProduct& c : countCardProducts)
        if (c.sku == sku)
            return &c;
    return nullptr;
}

Result<LoyaltyRules> LoyaltyRules::fromJson(const QJsonObject& json)
{
    QString error;
    LoyaltyRules r;
    r.version = int(json.value(QStringLiteral("version")).toInt(0));

    const QJsonArray tiers = json.value(QStringLiteral("tiers")).toArray();
    if (tiers.isEmpty())
        return makeError(ErrorCode::InvalidInput, MembersTr::tr("The rules need at least one tier."));
    QSet<QString> tierCodes;
    QSet<int> ranks;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        Reader t(tiers[i].toObject(), QStringLiteral("tiers[%1]").arg(i), &error);
        TierRule tier;
        tier.code = t.text("code");
        tier.name = t.text("name", tier.code);
        tier.rank = int(t.integer("rank", i, 0, 100));
        tier.discountBps = t.integer("discount_bps", 0, 0, 10000);
        tier.memberPrice = t.boolean("member_price", false);
        tier.pointsMultiplierBps = t.integer("points_multiplier_bps", 10000, 0, 1000000);
        tier.spendMinor = t.integer("spend_minor", 0);
        tier.points = t.integer("points", 0);
        tier.singleTopUpMinor = t.integer("single_topup_minor", 0);
        tier.windowDays = int(t.integer("window_days", 365, 1, 3660));
        tier.validityDays = int(t.integer("validity_days", 0, 0, 3660));
        tier.graceDays = int(t.integer("grace_days", 0, 0, 3660));
        if (tier.code.isEmpty())
            t.fail(MembersTr::tr("tiers[%1] needs a code.").arg(i));
        if (tierCodes.contains(tier.code))
            t.fail(MembersTr::tr("The tier code %1 appears twice.").arg(tier.code));
        if (ranks.contains(tier.rank))
            t.fail(MembersTr::tr("Two tiers have the rank %1.").arg(tier.rank));
        tierCodes.insert(tier.code);
        ranks.insert(tier.rank);
        r.tiers << tier;
    }
    std::sort(r.tiers.begin(), r.tiers.end(), [](const TierRule& a, const TierRule& b) { return a.rank < b.rank; });
    if (error.isEmpty() && r.tiers.first().hasThreshold())
        error = MembersTr::tr("The lowest tier (%1) is where every member starts: it cannot have thresholds.").arg(r.tiers.first().code);

    const QJsonObject pj = json.value(QStringLiteral("points")).toObject();
    Reader p(pj, QStringLiteral("points"), &error);
    r.points.minorPerPoint = p.integer("minor_per_point", 100, 1, 1000000);
    r.points.birthdayMonthMultiplierBps = p.integer("birthday_month_multiplier_bps", 10000, 0, 1000000);
    const QJsonObject cats = pj.value(QStringLiteral("category_multipliers_bps")).toObject();
    for (auto it = cats.begin(); it != cats.end(); ++it) {
        const double d = it.value().toDouble(-1);
        if (!it.value().isDouble() || d < 0 || d != double(qint64(d)))
            p.fail(MembersTr::tr("points.category_multipliers_bps.%1 must be a whole number of basis points.").arg(it.key()));
        r.points.categoryMultiplierBps.insert(it.key(), qint64(d));
    }
    const QJsonArray campaigns = pj.value(QStringLiteral("campaigns")).toArray();
    for (qsizetype i = 0; i < campaigns.size(); ++i) {
        Reader c(campaigns[i].toObject(), QStringLiteral("points.campaigns[%1]").arg(i), &error);
        PointsCampaign pc;
        pc.name = c.text("name");
        pc.from = c.date("from");
        pc.to = c.date("to");
        pc.multiplierBps = c.integer("multiplier_bps", 10000, 0, 1000000);
        if (pc.from.isValid() && pc.to.isValid() && pc.to < pc.from)
            c.fail(MembersTr::tr("points.campaigns[%1] ends before it starts.").arg(i));
        r.points.campaigns << pc;
    }
    const QString expiry = p.text("expiry", QStringLiteral("rolling"));
    if (expiry == u"never")
        r.points.expiry = PointsExpiry::Never;
    else if (expiry == u"rolling")
        r.points.expiry = PointsExpiry::Rolling;
    else if (expiry == u"year_end")
        r.points.expiry = PointsExpiry::YearEnd;
    else
        p.fail(MembersTr::tr("points.expiry must be never, rolling or year_end."));
    r.points.expiryMonths = int(p.integer("expiry_months", 12, 0, 120));
    r.points.redeemPointsPerYuan = p.integer("redeem_points_per_yuan", 100, 1, 100000);
    r.points.redeemMinPoints = p.integer("redeem_min_points", 100);
    r.points.redeemMaxOrderBps = p.integer("redeem_max_order_bps", 5000, 0, 10000);

    const QJsonObject wj = json.value(QStringLiteral("wallet")).toObject();
    Reader w(wj, QStringLiteral("wallet"), &error);
    const QString order = w.text("spend_order", QStringLiteral("proportional"));
    bool orderOk = false;
    for (SpendOrder o : {SpendOrder::Proportional, SpendOrder::PrincipalFirst, SpendOrder::BonusFirst})
        if (spendOrderName(o) == order) {
            r.wallet.spendOrder = o;
            orderOk = true;
        }
    if (!orderOk)
        w.fail(MembersTr::tr("wallet.spend_order must be proportional, principal_first or bonus_first."));
    r.wallet.requirePin = w.boolean("require_pin", false);
    r.wallet.offlineLimitMinor = w.integer("offline_limit_minor", 0);
    const QJsonArray bonus = wj.value(QStringLiteral("topup_bonus")).toArray();
    for (qsizetype i = 0; i < bonus.size(); ++i) {
        Reader b(bonus[i].toObject(), QStringLiteral("wallet.topup_bonus[%1]").arg(i), &error);
        TopUpBonusRule rule;
        rule.thresholdMinor = b.integer("threshold_minor", 0, 1);
        rule.bonusMinor = b.integer("bonus_minor", 0);
        rule.bonusPoints = b.integer("bonus_points", 0);
        rule.couponTemplate = b.text("coupon");
        r.wallet.topUpBonus << rule;
    }
    std::sort(r.wallet.topUpBonus.begin(), r.wallet.topUpBonus.end(),
              [](const TopUpBonusRule& a, const TopUpBonusRule& b) { return a.thresholdMinor < b.thresholdMinor; });

    const QJsonObject cj = json.value(QStringLiteral("coupons")).toObject();
    const QJsonArray templates = cj.value(QStringLiteral("templates")).toArray();
    QSet<QString> templateCodes;
    for (qsizetype i = 0; i < templates.size(); ++i) {
        const QJsonObject to = templates[i].toObject();
        Reader t(to, QStringLiteral("coupons.templates[%1]").arg(i), &error);
        CouponTemplate ct;
        ct.code = t.text("code");
        ct.name = t.text("name", ct.code);
        if (!parseCouponKind(t.text("kind", QStringLiteral("amount_off")), &ct.kind))
            t.fail(MembersTr::tr("coupons.templates[%1].kind must be amount_off, percent_off or product.").arg(i));
        ct.value = t.integer("value", 0, 1, ct.kind == CouponKind::PercentOff ? 10000 : std::numeric_limits<qint64>::max());
        ct.thresholdMinor = t.integer("threshold_minor", 0);
        ct.capMinor = t.integer("cap_minor", 0);
        ct.skus = stringList(to.value(QStringLiteral("skus")));
        ct.validDays = int(t.integer("valid_days", 30, 1, 3660));
        ct.restoreOnReturn = t.boolean("restore_on_return", false);
        if (ct.code.isEmpty() || templateCodes.contains(ct.code))
            t.fail(MembersTr::tr("coupons.templates[%1] needs a code of its own.").arg(i));
        if (ct.kind == CouponKind::Product && ct.skus.isEmpty())
            t.fail(MembersTr::tr("coupons.templates[%1] is product-specific but lists no SKUs.").arg(i));
        templateCodes.insert(ct.code);
        r.couponTemplates << ct;
    }
    r.registrationCoupons = stringList(cj.value(QStringLiteral("on_registration")));
    r.birthdayCoupon = cj.value(QStringLiteral("birthday")).toString().trimmed();
    for (const QString& code : r.registrationCoupons + QStringList{r.birthdayCoupon})
        if (!code.isEmpty() && !templateCodes.contains(code) && error.isEmpty())
            error = MembersTr::tr("The coupon template %1 is named but not defined.").arg(code);
    for (const TopUpBonusRule& b : r.wallet.topUpBonus)
        if (!b.couponTemplate.isEmpty() && !templateCodes.contains(b.couponTemplate) && error.isEmpty())
            error = MembersTr::tr("The coupon template %1 is named but not defined.").arg(b.couponTemplate);

    const QJsonArray gifts = json.value(QStringLiteral("gifts")).toArray();
    QSet<QString> giftCodes;
    for (qsizetype i = 0; i < gifts.size(); ++i) {
        Reader g(gifts[i].toObject(), QStringLiteral("gifts[%1]").arg(i), &error);
        GiftRule gift;
        gift.code = g.text("code");
        gift.name = g.text("name", gift.code);
        gift.points = g.integer("points", 0, 1);
        gift.initialStock = g.integer("stock", 0);
        if (gift.code.isEmpty() || giftCodes.contains(gift.code))
            g.fail(MembersTr::tr("gifts[%1] needs a code of its own.").arg(i));
        giftCodes.insert(gift.code);
        r.gifts << gift;
    }

    const QJsonArray cards = json.value(QStringLiteral("count_cards")).toArray();
    QSet<QString> cardSkus;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        Reader c(cards[i].toObject(), QStringLiteral("count_cards[%1]").arg(i), &error);
        CountCardProduct card;
        card.sku = c.text("sku");
        card.name = c.text("name", card.sku);
        card.uses = int(c.integer("uses", 0, 1, 10000));
        card.validDays = int(c.integer("valid_days", 0, 0, 3660));
        card.priceMinor = c.integer("price_minor", 0);
        if (card.sku.isEmpty() || cardSkus.contains(card.sku))
            c.fail(MembersTr::tr("count_cards[%1] needs a SKU of its own.").arg(i));
        cardSkus.insert(card.sku);
        r.countCardProducts << card;
    }

    if (!error.isEmpty())
        return makeError(ErrorCode::InvalidInput, error);
    return r;
}

QJsonObject LoyaltyRules::toJson() const
{
    QJsonArray tierArr;
    for (const TierRule& t : tiers)
        tierArr.append(QJsonObject{{QStringLiteral("code"), t.code},
                                   {QStringLiteral("name"), t.name},
                                   {QStringLiteral("rank"), t.rank},
                                   {QStringLiteral("discount_bps"), t.discountBps},
                                   {QStringLiteral("member_price"), t.memberPrice},
                                   {QStringLiteral("points_multiplier_bps"), t.pointsMultiplierBps},
                                   {QStringLiteral("spend_minor"), t.spendMinor},
                                   {QStringLiteral("points"), t.points},
                                   {QStringLiteral("single_topup_minor"), t.singleTopUpMinor},
                                   {QStringLiteral("window_days"), t.windowDays},
                                   {QStringLiteral("validity_days"), t.validityDays},
                                   {QStringLiteral("grace_days"), t.graceDays}});
    QJsonObject cats;
    for (auto it = points.categoryMultiplierBps.begin(); it != points.categoryMultiplierBps.end(); ++it)
        cats.insert(it.key(), it.value());
    QJsonArray campaignArr;
    for (const PointsCampaign& c : points.campaigns)
        campaignArr.append(QJsonObject{{QStringLiteral("name"), c.name},
                                       {QStringLiteral("from"), c.from.toString(Qt::ISODate)},
                                       {QStringLiteral("to"), c.to.toString(Qt::ISODate)},
                                       {QStringLiteral("multiplier_bps"), c.multiplierBps}});
    QJsonArray bonusArr;
    for (const TopUpBonusRule& b : wallet.topUpBonus)
        bonusArr.append(QJsonObject{{QStringLiteral("threshold_minor"), b.thresholdMinor},
                                    {QStringLiteral("bonus_minor"), b.bonusMinor},
                                    {QStringLiteral("bonus_points"), b.bonusPoints},
                                    {QStringLiteral("coupon"), b.couponTemplate}});
    QJsonArray templateArr;
    for (const CouponTemplate& t : couponTemplates)
        templateArr.append(QJsonObject{{QStringLiteral("code"), t.code},
                                       {QStringLiteral("name"), t.name},
                                       {QStringLiteral("kind"), couponKindName(t.kind)},
                                       {QStringLiteral("value"), t.value},
                                       {QStringLiteral("threshold_minor"), t.thresholdMinor},
                                       {QStringLiteral("cap_minor"), t.capMinor},
                                       {QStringLiteral("skus"), QJsonArray::fromStringList(t.skus)},
                                       {QStringLiteral("valid_days"), t.validDays},
                                       {QStringLiteral("restore_on_return"), t.restoreOnReturn}});
    QJsonArray giftArr;
    for (const GiftRule& g : gifts)
        giftArr.append(QJsonObject{{QStringLiteral("code"), g.code},
                                   {QStringLiteral("name"), g.name},
                                   {QStringLiteral("points"), g.points},
                                   {QStringLiteral("stock"), g.initialStock}});
    QJsonArray cardArr;
    for (const CountCardProduct& c : countCardProducts)
        cardArr.append(QJsonObject{{QStringLiteral("sku"), c.sku},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("uses"), c.uses},
                                   {QStringLiteral("valid_days"), c.validDays},
                                   {QStringLiteral("price_minor"), c.priceMinor}});
    return {
        {QStringLiteral("version"), version},
        {QStringLiteral("tiers"), tierArr},
        {QStringLiteral("points"),
         QJsonObject{{QStringLiteral("minor_per_point"), points.minorPerPoint},
                     {QStringLiteral("category_multipliers_bps"), cats},
                     {QStringLiteral("campaigns"), campaignArr},
                     {QStringLiteral("birthday_month_multiplier_bps"), points.birthdayMonthMultiplierBps},
                     {QStringLiteral("expiry"), expiryName(points.expiry)},
                     {QStringLiteral("expiry_months"), points.expiryMonths},
                     {QStringLiteral("redeem_points_per_yuan"), points.redeemPointsPerYuan},
                     {QStringLiteral("redeem_min_points"), points.redeemMinPoints},
                     {QStringLiteral("redeem_max_order_bps"), points.redeemMaxOrderBps}}},
        {QStringLiteral("wallet"),
         QJsonObject{{QStringLiteral("spend_order"), spendOrderName(wallet.spendOrder)},
                     {QStringLiteral("require_pin"), wallet.requirePin},
                     {QStringLiteral("offline_limit_minor"), wallet.offlineLimitMinor},
                     {QStringLiteral("topup_bonus"), bonusArr}}},
        {QStringLiteral("coupons"),
         QJsonObject{{QStringLiteral("templates"), templateArr},
                     {QStringLiteral("on_registration"), QJsonArray::fromStringList(registrationCoupons)},
                     {QStringLiteral("birthday"), birthdayCoupon}}},
        {QStringLiteral("gifts"), giftArr},
        {QStringLiteral("count_cards"), cardArr},
    };
}

} // namespace patron
