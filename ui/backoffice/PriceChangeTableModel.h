#pragma once
// PriceChangeTableModel: scheduled price changes as table rows (number, SKU, name, new retail,
// new member price, effective time, status, note) for the price changes page.

#include "catalog/PriceChange.h"

#include <QAbstractTableModel>

namespace patron::ui {

class PriceChangeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Sku, Name, Retail, Member, EffectiveAt, Status, Note, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(QList<PriceChange> changes);
    const PriceChange& change(int row) const { return m_changes.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(PriceChangeStatus status);

private:
    QList<PriceChange> m_changes;
};

} // namespace patron::ui
