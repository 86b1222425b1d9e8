#pragma once
// ProductTableModel: products as table rows for the back office (SKU, name, initials, category,
// price, member price, barcodes, active). It holds one result list; the page fills it from the
// catalog or a search and filters it by category and state.

#include "catalog/Product.h"

#include <QAbstractTableModel>

namespace patron::ui {

class ProductTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, Initials, Category, Price, MemberPrice, Barcodes, Active, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProducts(QList<Product> products);
    const Product& product(int row) const { return m_products.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 350 -> "3.50": minor units to yuan, without floating point.
    static QString formatMinor(qint64 minor);

private:
    QList<Product> m_products;
};

} // namespace patron::ui
