#include "till/CartTableModel.h"

#include "till/TillFormat.h"

namespace patron::ui {

void CartTableModel::setCart(const Cart& cart, const PricedCart& priced)
{
    beginResetModel();
    m_cart = cart;
    m_priced = priced;
    endResetModel();
}

int CartTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_priced.lines.size());
}

int CartTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CartTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_priced.lines.size())
        return {};
    const PricedLine& p = m_priced.lines[index.row()];
    const CartLine& line = m_cart.lines.value(p.cartIndex);
    if (role == Qt::TextAlignmentRole)
        return int(index.column() == Name ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineNo: return p.lineNo;
    case Name: return line.name;
    case Quantity: return QString(quantityText(line.qtyMilli, line.weighed) + (line.weighed ? QStringLiteral(" kg") : QString()));
    case UnitPrice: return yuan(p.unitPriceMinor);
    case Discount: {
        const qint64 off = p.listMinor - p.afterLineMinor;
        return off > 0 ? yuan(-off) : QString();
    }
    case Amount: return yuan(p.afterLineMinor);
    default: return {};
    }
}

QVariant CartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineNo: return tr("No.");
    case Name: return tr("Item");
    case Quantity: return tr("Qty");
    case UnitPrice: return tr("Price");
    case Discount: return tr("Discount");
    case Amount: return tr("Amount");
    default: return {};
    }
}

} // namespace patron::ui
