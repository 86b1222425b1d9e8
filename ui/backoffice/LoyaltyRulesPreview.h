#pragma once
// LoyaltyRulesPreview: "what would these rules do": an order of a given amount for a member of
// a given tier (tier discount, points earned, how much points could pay) and a top-up (its
// bonus), worked out with the core's calculators on rules that are not saved yet.

#include "members/LoyaltyRules.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace patron::ui {

struct RulesPreviewResult {
    qint64 discountMinor = 0;
    qint64 paidMinor = 0;
    qint64 pointsEarned = 0;
    qint64 pointsMaxAmountMinor = 0;  // the most points could pay of this order
    qint64 topUpBonusMinor = 0;
    qint64 topUpBonusPoints = 0;
    QString topUpCoupon;
};

class LoyaltyRulesPreview : public QWidget {
    Q_OBJECT
public:
    LoyaltyRulesPreview(QString currency, QWidget* parent = nullptr);

    // Offers the tiers of these rules to choose from (keeps the choice when the code remains).
    void setTiers(const LoyaltyRules& rules);
    // Works the example out on `rules` and shows it; false (with the reason shown) on bad input.
    bool showExample(const LoyaltyRules& rules, const QDate& day);
    const RulesPreviewResult& result() const { return m_result; }

    static RulesPreviewResult compute(const LoyaltyRules& rules, const TierRule& tier, qint64 orderMinor,
                                      qint64 topUpMinor, const QDate& day);

private:
    QString m_currency;
    QLineEdit* m_order;
    QComboBox* m_tier;
    QLineEdit* m_topUp;
    QLabel* m_output;
    RulesPreviewResult m_result;
};

} // namespace patron::ui
