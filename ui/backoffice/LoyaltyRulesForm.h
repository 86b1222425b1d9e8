#pragma once
// LoyaltyRulesForm: the loyalty rules document as forms (tiers, points, top-up bonuses, coupon
// templates, gifts, count-card products) plus the whole document as JSON for what the forms do not cover (campaigns,
// category multipliers, spend order, …). Whichever tab is in front is the truth; leaving the
// JSON tab with text that does not parse or validate keeps the manager there with the reason.

#include "common/Result.h"
#include "members/LoyaltyRules.h"

#include <QJsonObject>
#include <QTabWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace patron::ui {

class LoyaltyRulesTable;

class LoyaltyRulesForm : public QTabWidget {
    Q_OBJECT
public:
    LoyaltyRulesForm(QString currency, QWidget* parent = nullptr);

    void setDocument(const QJsonObject& json);
    // The document as edited, validated by the rules' own parser.
    Result<QJsonObject> document() const;
    Result<LoyaltyRules> rules() const;
    void setEditable(bool editable);
    QPlainTextEdit* jsonEditor() const { return m_json; }
    LoyaltyRulesTable* tiersTable() const { return m_tiers; }
    LoyaltyRulesTable* bonusTable() const { return m_bonus; }
    LoyaltyRulesTable* countCardsTable() const { return m_countCards; }

private:
    Result<QJsonObject> fromForms() const;
    Result<QJsonObject> fromJsonText() const;
    void onTabChanged(int index);

    QString m_currency;
    QJsonObject m_base;  // the last document set: keys the forms do not show come from here
    int m_lastTab = 0;
    LoyaltyRulesTable* m_tiers;
    QLineEdit* m_minorPerPoint;
    QSpinBox* m_redeemPerYuan;
    QSpinBox* m_redeemMin;
    QLineEdit* m_redeemMaxPercent;
    QComboBox* m_expiry;
    QSpinBox* m_expiryMonths;
    LoyaltyRulesTable* m_bonus;
    LoyaltyRulesTable* m_coupons;
    LoyaltyRulesTable* m_gifts;
    LoyaltyRulesTable* m_countCards;
    QPlainTextEdit* m_json;
    QLabel* m_jsonError;
    QWidget* m_jsonTab;
};

} // namespace patron::ui
