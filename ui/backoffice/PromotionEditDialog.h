#pragma once
// PromotionEditDialog: adds or changes a promotion: percent or amount off, N for a price, or buy
// X get Y, on a product (found with the catalog's search) or a category, within dates, weekdays
// and hours, optionally for members only. An example basket shows the effect before saving.

#include "auth/UserService.h"
#include "sales/Promotion.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace patron {
class Clock;
class ProductCatalog;
class ProductSearch;
class PromotionService;
}

namespace patron::ui {

class PromotionPreview;

class PromotionEditDialog : public QDialog {
    Q_OBJECT
public:
    PromotionEditDialog(PromotionService& promotions, ProductCatalog& catalog, const ProductSearch& search, const Clock& clock,
                        QString currency, Session actor, std::optional<Promotion> existing, QWidget* parent = nullptr);

    // The promotion the form describes; nullopt with *error when a field is not valid.
    std::optional<Promotion> promotion(QString* error) const;
    // Saves (add or update); false with the reason shown when refused.
    bool save();
    PromotionPreview* preview() const { return m_preview; }
    const std::optional<Promotion>& saved() const { return m_saved; }

private:
    void load(const Promotion& p);
    void searchProducts();
    void chooseProduct(int row);
    void updateKindFields();
    void updatePreview();

    PromotionService& m_promotions;
    ProductCatalog& m_catalog;
    const ProductSearch& m_search;
    const Clock& m_clock;
    QString m_currency;
    Session m_actor;
    qint64 m_id = 0;
    qint64 m_productId = 0;
    QList<qint64> m_resultIds;
    std::optional<Promotion> m_saved;

    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_percent;
    QLineEdit* m_amount;
    QSpinBox* m_buy;
    QSpinBox* m_get;
    QLineEdit* m_bundlePrice;
    QComboBox* m_scope;
    QLineEdit* m_productQuery;
    QListWidget* m_productResults;
    QLabel* m_product;
    QComboBox* m_category;
    QCheckBox* m_hasStart;
    QDateTimeEdit* m_startsAt;
    QCheckBox* m_hasEnd;
    QDateTimeEdit* m_endsAt;
    QList<QCheckBox*> m_days;
    QCheckBox* m_hasHours;
    QTimeEdit* m_timeFrom;
    QTimeEdit* m_timeTo;
    QCheckBox* m_memberOnly;
    PromotionPreview* m_preview;
    QLabel* m_error;
    QList<QWidget*> m_kindRows[4];  // the value fields each kind shows
};

} // namespace patron::ui
