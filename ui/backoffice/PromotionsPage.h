#pragma once
// PromotionsPage: the store's promotions (running, scheduled, ended) with add, change and end.
// Read-only when head office owns the catalog: promotions arrive with each sync.

#include "auth/UserService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace patron {
class Clock;
class ProductCatalog;
class ProductSearch;
class PromotionService;
}

namespace patron::ui {

class Dialogs;
class PromotionEditDialog;
class PromotionTableModel;

class PromotionsPage : public QWidget {
    Q_OBJECT
public:
    PromotionsPage(PromotionService& promotions, ProductCatalog& catalog, const ProductSearch& search, const Clock& clock,
                   QString currency, Session actor, Dialogs& dialogs, QWidget* parent = nullptr);

    void setHeadOfficeOwned(bool owned);
    bool isHeadOfficeOwned() const { return m_headOfficeOwned; }

    void refresh();
    // Opens the editor for the promotion in `row` (a new one when row < 0); it is non-modal, so
    // tests drive it (found as "promotionEditDialog").
    PromotionEditDialog* openEditor(int row);
    // Ends the selected promotion after a confirmation.
    void endSelected();
    PromotionTableModel* model() const { return m_model; }

private:
    PromotionService& m_promotions;
    ProductCatalog& m_catalog;
    const ProductSearch& m_search;
    const Clock& m_clock;
    QString m_currency;
    Session m_actor;
    Dialogs& m_dialogs;
    PromotionTableModel* m_model;
    QComboBox* m_filter;
    QTableView* m_table;
    QLabel* m_error;
    QLabel* m_ownedNote;
    QList<QWidget*> m_editing;
    bool m_headOfficeOwned = false;
};

} // namespace patron::ui
