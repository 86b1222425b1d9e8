#include "backoffice/LoyaltyRulesPreview.h"

#include "money/Money.h"
#include "members/PointsCalculator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace patron::ui {

LoyaltyRulesPreview::LoyaltyRulesPreview(QString currency, QWidget* parent) : QWidget(parent), m_currency(std::move(currency))
{
    setObjectName(QStringLiteral("rulesPreview"));
    m_order = new QLineEdit(QStringLiteral("100.00"), this);
    m_order->setObjectName(QStringLiteral("previewOrder"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("previewTier"));
    m_topUp = new QLineEdit(QStringLiteral("100.00"), this);
    m_topUp->setObjectName(QStringLiteral("previewTopUp"));
    m_output = new QLabel(this);
    m_output->setObjectName(QStringLiteral("previewOutput"));
    m_output->setWordWrap(true);
    m_output->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Order of"), m_order);
    form->addRow(tr("Member tier"), m_tier);
    form->addRow(tr("Top-up of"), m_topUp);
    form->addRow(m_output);
}

void LoyaltyRulesPreview::setTiers(const LoyaltyRules& rules)
{
    const QString chosen = m_tier->currentData().toString();
    m_tier->clear();
    for (const TierRule& t : rules.tiers)
        m_tier->addItem(t.name, t.code);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(chosen)));
}

RulesPreviewResult LoyaltyRulesPreview::compute(const LoyaltyRules& rules, const TierRule& tier, qint64 orderMinor,
                                                qint64 topUpMinor, const QDate& day)
{
    RulesPreviewResult r;
    // The tier discount as pricing applies it to a whole order; points earn on what is paid.
    r.discountMinor = applyBasisPoints(orderMinor, tier.discountBps);
    r.paidMinor = orderMinor - r.discountMinor;
    const PointsCalculator calculator(rules);
    r.pointsEarned = calculator.earn({EarnLine{QString(), r.paidMinor}}, 0, tier.pointsMultiplierBps, day, QDate()).points;
    // As if the member had plenty of points: the rule's cap on this order is what shows.
    r.pointsMaxAmountMinor = calculator.quoteRedemption(qint64(1) << 40, r.paidMinor).maxAmountMinor;
    // The highest threshold reached applies, as WalletService::topUp does.
    for (const TopUpBonusRule& b : rules.wallet.topUpBonus)
        if (topUpMinor >= b.thresholdMinor) {
            r.topUpBonusMinor = b.bonusMinor;
            r.topUpBonusPoints = b.bonusPoints;
            r.topUpCoupon = b.couponTemplate;
        }
    return r;
}

bool LoyaltyRulesPreview::showExample(const LoyaltyRules& rules, const QDate& day)
{
    auto order = Money::parse(m_order->text().trimmed(), m_currency);
    auto topUp = Money::parse(m_topUp->text().trimmed(), m_currency);
    const TierRule* tier = rules.tier(m_tier->currentData().toString());
    if (!order || order->isNegative() || !topUp || topUp->isNegative()) {
        m_output->setText(tr("Type the order and top-up amounts, e.g. 100 or 99.50."));
        return false;
    }
    if (!tier)
        tier = &rules.baseTier();
    m_result = compute(rules, *tier, order->minor(), topUp->minor(), day);
    auto money = [this](qint64 minor) { return Money(minor, m_currency).toDisplayString(); };
    QString text = tr("A %1 member buying %2: discount %3, pays %4, earns %n point(s); points could pay up to %5.",
                      nullptr, int(m_result.pointsEarned))
                       .arg(tier->name, money(order->minor()), money(m_result.discountMinor), money(m_result.paidMinor),
                            money(m_result.pointsMaxAmountMinor));
    text += u'\n';
    if (m_result.topUpBonusMinor == 0 && m_result.topUpBonusPoints == 0 && m_result.topUpCoupon.isEmpty())
        text += tr("A top-up of %1 gets no bonus.").arg(money(topUp->minor()));
    else
        text += tr("A top-up of %1 gets %2 bonus value, %3 bonus points%4.")
                    .arg(money(topUp->minor()), money(m_result.topUpBonusMinor))
                    .arg(m_result.topUpBonusPoints)
                    .arg(m_result.topUpCoupon.isEmpty() ? QString() : tr(" and the coupon %1").arg(m_result.topUpCoupon));
    m_output->setText(text);
    return true;
}

} // namespace patron::ui
