#include "backoffice/LoyaltyRulesForm.h"

#include "backoffice/LoyaltyRulesTable.h"
#include "backoffice/ProductTableModel.h"
#include "money/Money.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace patron::ui {

using Kind = LoyaltyRulesTable::Kind;

LoyaltyRulesForm::LoyaltyRulesForm(QString currency, QWidget* parent) : QTabWidget(parent), m_currency(currency)
{
    setObjectName(QStringLiteral("rulesForm"));
    m_tiers = new LoyaltyRulesTable({{QStringLiteral("code"), tr("Code"), Kind::Text},
                                     {QStringLiteral("name"), tr("Name"), Kind::Text},
                                     {QStringLiteral("rank"), tr("Rank"), Kind::Integer},
                                     {QStringLiteral("discount_bps"), tr("Discount %"), Kind::Percent},
                                     {QStringLiteral("member_price"), tr("Member price"), Kind::Bool},
                                     {QStringLiteral("points_multiplier_bps"), tr("Points ×, %"), Kind::Percent},
                                     {QStringLiteral("spend_minor"), tr("Spend to reach"), Kind::Yuan},
                                     {QStringLiteral("points"), tr("Points to reach"), Kind::Integer},
                                     {QStringLiteral("single_topup_minor"), tr("Single top-up to reach"), Kind::Yuan},
                                     {QStringLiteral("window_days"), tr("Window (days)"), Kind::Integer},
                                     {QStringLiteral("validity_days"), tr("Valid (days)"), Kind::Integer},
                                     {QStringLiteral("grace_days"), tr("Grace (days)"), Kind::Integer}},
                                    currency, this);
    m_tiers->setObjectName(QStringLiteral("tiers"));
    addTab(m_tiers, tr("Tiers"));

    auto* points = new QWidget(this);
    points->setObjectName(QStringLiteral("points"));
    m_minorPerPoint = new QLineEdit(points);
    m_minorPerPoint->setObjectName(QStringLiteral("minorPerPoint"));
    m_redeemPerYuan = new QSpinBox(points);
    m_redeemPerYuan->setObjectName(QStringLiteral("redeemPointsPerYuan"));
    m_redeemPerYuan->setRange(1, 1000000);
    m_redeemMin = new QSpinBox(points);
    m_redeemMin->setObjectName(QStringLiteral("redeemMinPoints"));
    m_redeemMin->setRange(0, 100000000);
    m_redeemMaxPercent = new QLineEdit(points);
    m_redeemMaxPercent->setObjectName(QStringLiteral("redeemMaxPercent"));
    m_expiry = new QComboBox(points);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->addItem(tr("Never"), QStringLiteral("never"));
    m_expiry->addItem(tr("Months after earning"), QStringLiteral("rolling"));
    m_expiry->addItem(tr("At a year end"), QStringLiteral("year_end"));
    m_expiryMonths = new QSpinBox(points);
    m_expiryMonths->setObjectName(QStringLiteral("expiryMonths"));
    m_expiryMonths->setRange(1, 120);
    auto* pointsForm = new QFormLayout(points);
    pointsForm->addRow(tr("Spend per point earned"), m_minorPerPoint);
    pointsForm->addRow(tr("Points worth ￥1"), m_redeemPerYuan);
    pointsForm->addRow(tr("Fewest points redeemed"), m_redeemMin);
    pointsForm->addRow(tr("Points pay at most (% of order)"), m_redeemMaxPercent);
    pointsForm->addRow(tr("Points expire"), m_expiry);
    pointsForm->addRow(tr("Expiry months"), m_expiryMonths);
    addTab(points, tr("Points"));

    m_bonus = new LoyaltyRulesTable({{QStringLiteral("threshold_minor"), tr("Top-up of at least"), Kind::Yuan},
                                     {QStringLiteral("bonus_minor"), tr("Bonus value"), Kind::Yuan},
                                     {QStringLiteral("bonus_points"), tr("Bonus points"), Kind::Integer},
                                     {QStringLiteral("coupon"), tr("Coupon template"), Kind::Text}},
                                    currency, this);
    m_bonus->setObjectName(QStringLiteral("topUpBonus"));
    addTab(m_bonus, tr("Top-up bonus"));

    m_coupons = new LoyaltyRulesTable({{QStringLiteral("code"), tr("Code"), Kind::Text},
                                       {QStringLiteral("name"), tr("Name"), Kind::Text},
                                       {QStringLiteral("kind"), tr("Kind (amount_off, percent_off, product)"), Kind::Text},
                                       {QStringLiteral("value"), tr("Value (fen or bp)"), Kind::Integer},
                                       {QStringLiteral("threshold_minor"), tr("Minimum spend"), Kind::Yuan},
                                       {QStringLiteral("cap_minor"), tr("Cap"), Kind::Yuan},
                                       {QStringLiteral("skus"), tr("SKUs"), Kind::List},
                                       {QStringLiteral("valid_days"), tr("Valid (days)"), Kind::Integer},
                                       {QStringLiteral("restore_on_return"), tr("Restored on return"), Kind::Bool}},
                                      currency, this);
    m_coupons->setObjectName(QStringLiteral("couponTemplates"));
    addTab(m_coupons, tr("Coupons"));

    m_gifts = new LoyaltyRulesTable({{QStringLiteral("code"), tr("Code"), Kind::Text},
                                     {QStringLiteral("name"), tr("Name"), Kind::Text},
                                     {QStringLiteral("points"), tr("Points"), Kind::Integer},
                                     {QStringLiteral("stock"), tr("Initial stock"), Kind::Integer}},
                                    currency, this);
    m_gifts->setObjectName(QStringLiteral("gifts"));
    addTab(m_gifts, tr("Gifts"));

    m_countCards = new LoyaltyRulesTable({{QStringLiteral("sku"), tr("SKU"), Kind::Text},
                                          {QStringLiteral("name"), tr("Name"), Kind::Text},
                                          {QStringLiteral("uses"), tr("Uses"), Kind::Integer},
                                          {QStringLiteral("valid_days"), tr("Valid (days, 0 = always)"), Kind::Integer},
                                          {QStringLiteral("price_minor"), tr("Price"), Kind::Yuan}},
                                         currency, this);
    m_countCards->setObjectName(QStringLiteral("countCards"));
    addTab(m_countCards, tr("Count cards"));

    m_jsonTab = new QWidget(this);
    m_json = new QPlainTextEdit(m_jsonTab);
    m_json->setObjectName(QStringLiteral("json"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonError = new QLabel(m_jsonTab);
    m_jsonError->setObjectName(QStringLiteral("jsonError"));
    m_jsonError->setWordWrap(true);
    m_jsonError->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    auto* jsonLayout = new QVBoxLayout(m_jsonTab);
    jsonLayout->addWidget(m_json);
    jsonLayout->addWidget(m_jsonError);
    addTab(m_jsonTab, tr("JSON"));
    connect(this, &QTabWidget::currentChanged, this, &LoyaltyRulesForm::onTabChanged);
}

void LoyaltyRulesForm::setDocument(const QJsonObject& json)
{
    m_base = json;
    m_tiers->setRows(json.value(QStringLiteral("tiers")).toArray());
    const QJsonObject p = json.value(QStringLiteral("points")).toObject();
    m_minorPerPoint->setText(ProductTableModel::formatMinor(p.value(QStringLiteral("minor_per_point")).toInteger(100)));
    m_redeemPerYuan->setValue(int(p.value(QStringLiteral("redeem_points_per_yuan")).toInteger(100)));
    m_redeemMin->setValue(int(p.value(QStringLiteral("redeem_min_points")).toInteger(0)));
    m_redeemMaxPercent->setText(ProductTableModel::formatMinor(p.value(QStringLiteral("redeem_max_order_bps")).toInteger(5000)));
    m_expiry->setCurrentIndex(std::max(0, m_expiry->findData(p.value(QStringLiteral("expiry")).toString(QStringLiteral("rolling")))));
    m_expiryMonths->setValue(int(p.value(QStringLiteral("expiry_months")).toInteger(12)));
    m_bonus->setRows(json.value(QStringLiteral("wallet")).toObject().value(QStringLiteral("topup_bonus")).toArray());
    m_coupons->setRows(json.value(QStringLiteral("coupons")).toObject().value(QStringLiteral("templates")).toArray());
    m_gifts->setRows(json.value(QStringLiteral("gifts")).toArray());
    m_countCards->setRows(json.value(QStringLiteral("count_cards")).toArray());
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    m_jsonError->clear();
}

Result<QJsonObject> LoyaltyRulesForm::fromForms() const
{
    QJsonObject doc = m_base;
    auto tiers = m_tiers->rows();
    if (!tiers)
        return makeError(tiers.error().code, tr("Tiers: %1").arg(tiers.error().message));
    doc.insert(QStringLiteral("tiers"), *tiers);

    QJsonObject p = doc.value(QStringLiteral("points")).toObject();
    auto perPoint = Money::parse(m_minorPerPoint->text().trimmed(), m_currency);
    if (!perPoint)
        return makeError(ErrorCode::InvalidInput, tr("Points: the spend per point is not an amount."));
    const auto maxBps = LoyaltyRulesTable::parseHundredths(m_redeemMaxPercent->text().remove(u'%').trimmed());
    if (!maxBps)
        return makeError(ErrorCode::InvalidInput, tr("Points: the most an order may be paid with points is not a percentage."));
    p.insert(QStringLiteral("minor_per_point"), perPoint->minor());
    p.insert(QStringLiteral("redeem_points_per_yuan"), m_redeemPerYuan->value());
    p.insert(QStringLiteral("redeem_min_points"), m_redeemMin->value());
    p.insert(QStringLiteral("redeem_max_order_bps"), *maxBps);
    p.insert(QStringLiteral("expiry"), m_expiry->currentData().toString());
    p.insert(QStringLiteral("expiry_months"), m_expiryMonths->value());
    doc.insert(QStringLiteral("points"), p);

    auto bonus = m_bonus->rows();
    if (!bonus)
        return makeError(bonus.error().code, tr("Top-up bonus: %1").arg(bonus.error().message));
    QJsonObject wallet = doc.value(QStringLiteral("wallet")).toObject();
    wallet.insert(QStringLiteral("topup_bonus"), *bonus);
    doc.insert(QStringLiteral("wallet"), wallet);

    auto coupons = m_coupons->rows();
    if (!coupons)
        return makeError(coupons.error().code, tr("Coupons: %1").arg(coupons.error().message));
    QJsonObject couponObj = doc.value(QStringLiteral("coupons")).toObject();
    couponObj.insert(QStringLiteral("templates"), *coupons);
    doc.insert(QStringLiteral("coupons"), couponObj);

    auto gifts = m_gifts->rows();
    if (!gifts)
        return makeError(gifts.error().code, tr("Gifts: %1").arg(gifts.error().message));
    doc.insert(QStringLiteral("gifts"), *gifts);

    auto cards = m_countCards->rows();
    if (!cards)
        return makeError(cards.error().code, tr("Count cards: %1").arg(cards.error().message));
    doc.insert(QStringLiteral("count_cards"), *cards);
    return doc;
}

Result<QJsonObject> LoyaltyRulesForm::fromJsonText() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput,
                         tr("The JSON does not parse at character %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, tr("The rules must be one JSON object."));
    return doc.object();
}

Result<QJsonObject> LoyaltyRulesForm::document() const
{
    auto doc = currentWidget() == m_jsonTab ? fromJsonText() : fromForms();
    if (!doc)
        return doc;
    // The rules' own parser is the validator: what it refuses, saving would refuse too.
    auto parsed = LoyaltyRules::fromJson(*doc);
    if (!parsed)
        return parsed.error();
    return doc;
}

Result<LoyaltyRules> LoyaltyRulesForm::rules() const
{
    auto doc = document();
    if (!doc)
        return doc.error();
    return LoyaltyRules::fromJson(*doc);
}

void LoyaltyRulesForm::onTabChanged(int index)
{
    const int previous = m_lastTab;
    m_lastTab = index;
    QWidget* left = widget(previous);
    if (left == m_jsonTab && widget(index) != m_jsonTab) {
        auto doc = fromJsonText();
        auto valid = doc ? LoyaltyRules::fromJson(*doc) : Result<LoyaltyRules>(doc.error());
        if (!valid) {
            m_jsonError->setText(valid.error().message);
            const QSignalBlocker block(this);
            setCurrentWidget(m_jsonTab);
            m_lastTab = previous;
            return;
        }
        setDocument(*doc);
    } else if (left != m_jsonTab && widget(index) == m_jsonTab) {
        // The JSON shows what the forms hold now; forms that do not read stay in front.
        auto doc = fromForms();
        if (!doc) {
            m_jsonError->setText(doc.error().message);
            return;
        }
        m_base = *doc;
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(*doc).toJson(QJsonDocument::Indented)));
        m_jsonError->clear();
    }
}

void LoyaltyRulesForm::setEditable(bool editable)
{
    for (LoyaltyRulesTable* t : {m_tiers, m_bonus, m_coupons, m_gifts, m_countCards})
        t->setEditable(editable);
    for (QWidget* w : std::initializer_list<QWidget*>{m_minorPerPoint, m_redeemPerYuan, m_redeemMin, m_redeemMaxPercent,
                                                      m_expiry, m_expiryMonths})
        w->setEnabled(editable);
    m_json->setReadOnly(!editable);
}

} // namespace patron::ui
