#include "backoffice/PriceChangeTableModel.h"

#include "backoffice/ProductTableModel.h"

namespace patron::ui {

void PriceChangeTableModel::setChanges(QList<PriceChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int PriceChangeTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_changes.size()); }

int PriceChangeTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PriceChangeTableModel::statusText(PriceChangeStatus status)
{
    switch (status) {
    case PriceChangeStatus::Pending: return tr("Pending");
    case PriceChangeStatus::Applied: return tr("Applied");
    case PriceChangeStatus::Cancelled: return tr("Cancelled");
    case PriceChangeStatus::Failed: return tr("Failed");
    }
    return QString();
}

QVariant PriceChangeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const PriceChange& c = m_changes.at(index.row());
    if (role == Qt::ToolTipRole && c.status == PriceChangeStatus::Failed)
        return c.outcome;
    if (role == Qt::TextAlignmentRole && (index.column() == Retail || index.column() == Member || index.column() == Id))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return QString::number(c.id);
    case Sku: return c.sku;
    case Name: return c.productName;
    case Retail: return c.retailMinor ? ProductTableModel::formatMinor(*c.retailMinor) : QString();
    case Member:
        if (!c.memberPriceMinor)
            return QString();
        return *c.memberPriceMinor ? ProductTableModel::formatMinor(**c.memberPriceMinor) : tr("none");
    case EffectiveAt: return c.effectiveAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Status: return statusText(c.status);
    case Note: return c.note;
    }
    return {};
}

QVariant PriceChangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("No.");
    case Sku: return tr("SKU");
    case Name: return tr("Name");
    case Retail: return tr("New retail");
    case Member: return tr("New member price");
    case EffectiveAt: return tr("Takes effect");
    case Status: return tr("Status");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace patron::ui
