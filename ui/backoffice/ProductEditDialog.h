#pragma once
// ProductEditDialog: adds or edits one product: every field including barcodes (one per line),
// category path, weighed / open price / active. The catalog validates; its translated error
// is shown in the dialog, which stays open until the product saves or the manager cancels.

#include "catalog/Product.h"
#include "auth/UserService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace patron {
class ProductCatalog;
}

namespace patron::ui {

class ProductEditDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new product.
    ProductEditDialog(ProductCatalog& catalog, Session actor, QString currency, std::optional<Product> existing,
                      QWidget* parent = nullptr);

    // Validates and saves; on failure shows the error and returns false. Bound to OK.
    bool save();
    const std::optional<Product>& saved() const { return m_saved; }

private:
    QLineEdit* lineEdit(const char* name, const QString& text);
    std::optional<ProductInput> input();

    ProductCatalog& m_catalog;
    Session m_actor;
    QString m_currency;
    std::optional<Product> m_existing;
    std::optional<Product> m_saved;
    QLineEdit *m_sku, *m_plu, *m_name, *m_initials, *m_category, *m_unit, *m_price, *m_memberPrice, *m_cost, *m_tax;
    QPlainTextEdit* m_barcodes;
    QCheckBox *m_weighed, *m_openPrice, *m_active;
    QLabel* m_error;
};

} // namespace patron::ui
