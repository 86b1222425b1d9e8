#include "backoffice/PromotionPreview.h"

#include "backoffice/ProductTableModel.h"
#include "money/Money.h"
#include "sales/PricingEngine.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace patron::ui {

PromotionPreview::PromotionPreview(QString currency, QWidget* parent) : QWidget(parent), m_currency(std::move(currency))
{
    setObjectName(QStringLiteral("promotionPreview"));
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("examplePrice"));
    m_qty = new QSpinBox(this);
    m_qty->setObjectName(QStringLiteral("exampleQty"));
    m_qty->setRange(1, 999);
    m_qty->setValue(3);
    m_member = new QCheckBox(tr("Customer is a member"), this);
    m_member->setObjectName(QStringLiteral("exampleMember"));
    m_output = new QLabel(this);
    m_output->setObjectName(QStringLiteral("exampleOutput"));
    m_output->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Example unit price"), m_price);
    form->addRow(tr("Quantity"), m_qty);
    form->addRow(QString(), m_member);
    form->addRow(m_output);
}

void PromotionPreview::setExampleProduct(const QString& name, qint64 unitMinor, bool weighed)
{
    m_productName = name;
    m_weighed = weighed;
    m_price->setText(ProductTableModel::formatMinor(unitMinor));
}

void PromotionPreview::showProblem(const QString& problem)
{
    m_result = PromotionExample();
    m_output->setText(problem);
}

PromotionExample PromotionPreview::compute(const Promotion& promotion, qint64 unitMinor, qint64 qtyMilli, bool weighed,
                                           const QDateTime& at, bool member)
{
    PromotionExample e;
    e.listMinor = multiplyMilli(unitMinor, qtyMilli);
    e.appliesNow = promotion.appliesAt(at, member);
    e.discountMinor = PricingEngine::promotionDiscount(promotion, unitMinor, qtyMilli, e.listMinor, weighed);
    e.payMinor = e.listMinor - e.discountMinor;
    return e;
}

bool PromotionPreview::showExample(const Promotion& promotion, const QDateTime& at)
{
    auto price = Money::parse(m_price->text(), m_currency);
    if (!price || price->isNegative()) {
        m_output->setText(tr("Type an example unit price, e.g. 3.50."));
        return false;
    }
    const qint64 qtyMilli = qint64(m_qty->value()) * 1000;
    m_result = compute(promotion, price->minor(), qtyMilli, m_weighed, at, m_member->isChecked());
    const QString item = m_productName.isEmpty() ? tr("items") : m_productName;
    QString text = tr("%1 × %2 at %3 = %4: the promotion takes %5 off, the customer pays %6.")
                       .arg(m_qty->value())
                       .arg(item, ProductTableModel::formatMinor(price->minor()), ProductTableModel::formatMinor(m_result.listMinor),
                            ProductTableModel::formatMinor(m_result.discountMinor), ProductTableModel::formatMinor(m_result.payMinor));
    if (!m_result.appliesNow)
        text += u'\n' + tr("Not running at %1 (its dates, days, hours or members-only rule exclude it).")
                            .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    text += u'\n' + tr("At the till a line gets the best of member price, tier discount and one promotion, not all of them.");
    m_output->setText(text);
    return true;
}

} // namespace patron::ui
