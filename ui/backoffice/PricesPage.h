#pragma once
// PricesPage: price changes (调价单). The manager finds products with the catalog's search, types
// new retail/member prices into a draft, sees each line's change and a summary before saving,
// and schedules the draft for a moment (or now), or imports a price list from CSV for that
// moment (on a worker thread, with progress, cancel and a per-row problem report). Below: the scheduled changes (cancel a pending one) and the selected product's price
// history. Read-only when head office owns the catalog.

#include "auth/UserService.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTableWidget;

namespace patron {
class AuditLog;
class Clock;
class Database;
class PriceSchedule;
class ProductCatalog;
class ProductSearch;
class Store;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class PriceChangeTableModel;
class PriceDraftTable;
class PriceListImportRunner;
struct PriceListOutcome;

class PricesPage : public QWidget {
    Q_OBJECT
public:
    PricesPage(Store& store, AuditLog& audit, const Clock& clock, ProductCatalog& catalog, const ProductSearch& search,
               QString currency, Session actor, Dialogs& dialogs, FileChooser& files, QWidget* parent = nullptr);
    ~PricesPage() override;

    void setHeadOfficeOwned(bool owned);
    bool isHeadOfficeOwned() const { return m_headOfficeOwned; }

    // Applies what is due and reloads the list of changes.
    void refresh();
    // Adds the search result in `row` to the draft.
    void addResult(int row);
    // Schedules the draft; false (reason shown) when it was refused.
    bool scheduleDraft();
    // Asks for a file and starts the import on the worker; the outcome arrives later.
    void importPriceList();
    void cancelSelected();
    void showHistory(qint64 productId);
    // Sets the effective-time picker to `at`, shown in the till clock's zone.
    void setEffectiveTime(const QDateTime& at);
    // The chosen moment in the till clock's zone; nullopt for "now".
    std::optional<QDateTime> chosenTime() const;
    // "UTC+08:00" for the zone of `clockNow`: the label beside the picker.
    static QString zoneLabel(const QDateTime& clockNow);

    PriceChangeTableModel* changes() const { return m_changesModel; }
    PriceSchedule& schedule() { return *m_schedule; }
    PriceListImportRunner* importRunner() const { return m_runner; }

private:
    void search();
    void updateSummary();
    void onImportFinished(const PriceListOutcome& outcome);

    Database& m_db;
    const Clock& m_clock;
    ProductCatalog& m_catalog;
    const ProductSearch& m_search;
    std::unique_ptr<PriceSchedule> m_schedule;
    Session m_actor;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    QList<qint64> m_resultIds;
    QLineEdit* m_query;
    QListWidget* m_results;
    PriceDraftTable* m_draft;
    QDateTimeEdit* m_at;
    QLabel* m_zone;
    QCheckBox* m_now;
    QLineEdit* m_note;
    QLabel* m_summary;
    QLabel* m_error;
    QComboBox* m_filter;
    PriceChangeTableModel* m_changesModel;
    QTableView* m_changesView;
    QLabel* m_historyTitle;
    QTableWidget* m_history;
    QLabel* m_ownedNote;
    PriceListImportRunner* m_runner;
    QProgressDialog* m_progress = nullptr;
    QList<QWidget*> m_editing;  // disabled while head office owns the catalog
    bool m_headOfficeOwned = false;
};

} // namespace patron::ui
