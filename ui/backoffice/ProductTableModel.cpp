#include "backoffice/ProductTableModel.h"

namespace patron::ui {

void ProductTableModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ProductTableModel::formatMinor(qint64 minor)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 a = minor < 0 ? -minor : minor;
    return sign + QString::number(a / 100) + u'.' + QStringLiteral("%1").arg(a % 100, 2, 10, QChar(u'0'));
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product& p = m_products.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == MemberPrice))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::CheckStateRole && index.column() == Active)
        return p.active ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Sku: return p.sku;
    case Name: return p.name;
    case Initials: return p.initials;
    case Category: return p.categoryPath;
    case Price: return formatMinor(p.priceMinor);
    case MemberPrice: return p.memberPriceMinor ? formatMinor(*p.memberPriceMinor) : QString();
    case Barcodes: return p.barcodes.join(QStringLiteral(", "));
    case Active: return p.active ? tr("Yes") : tr("No");
    default: return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku: return tr("SKU");
    case Name: return tr("Name");
    case Initials: return tr("Initials");
    case Category: return tr("Category");
    case Price: return tr("Price");
    case MemberPrice: return tr("Member price");
    case Barcodes: return tr("Barcodes");
    case Active: return tr("Active");
    default: return {};
    }
}

} // namespace patron::ui
