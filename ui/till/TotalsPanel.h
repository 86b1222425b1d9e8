#pragma once
// The totals beside the cart: items, discount and the amount due, large enough to read across
// the counter.

#include "sales/PricingEngine.h"

#include <QFrame>

class QLabel;

namespace patron::ui {

class TotalsPanel : public QFrame {
    Q_OBJECT
public:
    explicit TotalsPanel(QWidget* parent = nullptr);
    void setTotals(const PricedCart& priced);

private:
    QLabel* m_items;
    QLabel* m_discount;
    QLabel* m_due;
};

} // namespace patron::ui
