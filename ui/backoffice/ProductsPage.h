#pragma once
// ProductsPage: the catalog in a table with one search box (name, initials, barcode, SKU),
// category and state filters, editing by double-click, CSV import (worker thread, progress,
// cancel, per-row problem report) and export, and A4 barcode label sheets.

#include "auth/UserService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressDialog;
class QTableView;

namespace patron {
class Clock;
class ProductCatalog;
class ProductSearch;
class Store;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class ProductImportRunner;
class ProductTableModel;
struct ImportOutcome;

class ProductsPage : public QWidget {
    Q_OBJECT
public:
    ProductsPage(Store& store, const Clock& clock, ProductCatalog& catalog, const ProductSearch& search,
                 Session actor, Dialogs& dialogs, FileChooser& files, QWidget* parent = nullptr);
    ~ProductsPage() override;

    void refresh();
    // Opens the editor for the product in `row`, or for a new product when row < 0.
    void openEditor(int row);
    void importCsv();
    void exportCsv();
    // Labels for the selected products (all shown ones when none is selected); returns pages.
    int printLabels(QPrinter& printer);
    ProductTableModel* model() const { return m_model; }
    ProductImportRunner* importRunner() const { return m_runner; }

    // A till joined to head office gets its catalog from there: products can be looked at,
    // exported and labelled, not added, edited or imported here.
    void setHeadOfficeOwned(bool owned);
    bool isHeadOfficeOwned() const { return m_headOfficeOwned; }

    // The most rows shown without a search: a big catalog is searched, not scrolled.
    static constexpr int kMaxRows = 2000;

private:
    void onImportFinished(const ImportOutcome& outcome);
    void choosePrinterAndPrint();

    Store& m_store;
    ProductCatalog& m_catalog;
    const ProductSearch& m_search;
    Session m_actor;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    ProductTableModel* m_model;
    ProductImportRunner* m_runner;
    QLineEdit* m_query;
    QComboBox* m_category;
    QComboBox* m_state;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_ownedNote;
    QList<QWidget*> m_editing;  // disabled while head office owns the catalog
    bool m_headOfficeOwned = false;
    QProgressDialog* m_progress = nullptr;
};

} // namespace patron::ui
