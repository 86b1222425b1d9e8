#pragma once
// PriceDraftTable: the lines of a price change being prepared: each product's current retail and
// member price beside the new ones the manager types, and the change each makes (the effect,
// shown before anything is saved). Empty new-price cells keep the current price; a product that
// has a member price has a check box to remove it (the member then pays retail).

#include "catalog/PriceChange.h"
#include "catalog/Product.h"

#include <QTableWidget>

namespace patron::ui {

class PriceDraftTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Sku, Name, Retail, NewRetail, Member, NewMember, ClearMember, Effect, ColumnCount };

    PriceDraftTable(QString currency, QWidget* parent = nullptr);

    // Adds a line for the product (once; a second add selects the existing line).
    void addProduct(const Product& product);
    void removeSelected();
    void clearLines();
    // The requests the lines describe; on a cell that is not money, an empty list and *error.
    QList<PriceChangeRequest> requests(QString* error) const;
    // Lines whose new prices raise / lower the retail price (for the summary).
    int raises() const;
    int cuts() const;

    // "+14.0%": the change in tenths of a percent, computed in integers.
    static QString percentChange(qint64 from, qint64 to);

signals:
    void draftChanged();

private:
    void updateEffect(int row);
    bool clearsMember(int row) const;
    // A member price being removed cannot also be typed: the cell is emptied and locked.
    void lockNewMember(int row, bool locked);
    std::optional<qint64> cellMoney(int row, int column, bool* ok) const;

    QString m_currency;
    QList<Product> m_products;  // by row
};

} // namespace patron::ui
