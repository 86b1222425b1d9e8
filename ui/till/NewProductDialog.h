#pragma once
// NewProductDialog: a product for a barcode the catalog does not know, added from the checkout
// (name, price, category; the SKU defaults to the code) with the rights of whoever signed off,
// so the customer's item can be sold now and tidied up in the back office later.

#include "auth/UserService.h"
#include "catalog/Product.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace patron {
class ProductCatalog;
}

namespace patron::ui {

class NewProductDialog : public QDialog {
    Q_OBJECT
public:
    NewProductDialog(ProductCatalog& catalog, Session actor, QString barcode, QWidget* parent = nullptr);

    // Validates and adds the product; stays open with the reason when it cannot.
    void save();
    QString message() const;

signals:
    void added(const patron::Product& product);

private:
    ProductCatalog& m_catalog;
    Session m_actor;
    QString m_barcode;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QLineEdit* m_price;
    QLineEdit* m_category;
    QLabel* m_message;
};

} // namespace patron::ui
