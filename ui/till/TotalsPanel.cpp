#include "till/TotalsPanel.h"

#include "till/TillFormat.h"

#include <QFormLayout>
#include <QLabel>

namespace patron::ui {

TotalsPanel::TotalsPanel(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto* form = new QFormLayout(this);
    m_items = new QLabel(this);
    m_items->setObjectName(QStringLiteral("totalItems"));
    m_discount = new QLabel(this);
    m_discount->setObjectName(QStringLiteral("totalDiscount"));
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("totalDue"));
    m_due->setStyleSheet(QStringLiteral("font-size: 26pt; font-weight: bold; color: #c62828;"));
    for (QLabel* l : {m_items, m_discount, m_due})
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Items"), m_items);
    form->addRow(tr("Discount"), m_discount);
    form->addRow(tr("Due"), m_due);
    setTotals({});
}

void TotalsPanel::setTotals(const PricedCart& priced)
{
    m_items->setText(quantityText(priced.itemsMilli, priced.itemsMilli % 1000 != 0));
    m_discount->setText(yuan(priced.discountMinor));
    m_due->setText(yuan(priced.totalMinor));
}

} // namespace patron::ui
