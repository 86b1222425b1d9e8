#pragma once
// The cart as the checkout table shows it: line number, name, quantity, unit price, discount and
// amount, from the stored cart and its current price (CheckoutService::quote).

#include "sales/Cart.h"
#include "sales/PricingEngine.h"

#include <QAbstractTableModel>

namespace patron::ui {

class CartTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LineNo, Name, Quantity, UnitPrice, Discount, Amount, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setCart(const Cart& cart, const PricedCart& priced);
    const Cart& cart() const { return m_cart; }
    const PricedCart& priced() const { return m_priced; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Cart m_cart;
    PricedCart m_priced;
};

} // namespace patron::ui
