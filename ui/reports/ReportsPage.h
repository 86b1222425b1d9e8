#pragma once
// ReportsPage: the back office's reports. A date range with quick ranges (today, 7 days, 30
// days, this month, last month, this year), "compare with the previous period", and tabs for
// the dashboard, sales, products, members and liability. Each run happens on a worker thread
// with its own reader connection (ReportRunner), with a busy indicator and a cancel button.
// Every table exports to CSV; every tab to PDF or the A4 printer (through a PrinterChooser, the
// platform's print dialog unless a test hands over another). The products tab ranks the top and
// bottom N, N from a spin box.

#include "reports/ReportBundle.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace patron {
class Clock;
class Store;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class PrinterChooser;
class ReportRunner;
class ReportTab;

class ReportsPage : public QWidget {
    Q_OBJECT
public:
    enum class QuickRange { Today, Last7Days, Last30Days, ThisMonth, LastMonth, ThisYear };

    ReportsPage(Store& store, const Clock& clock, Dialogs& dialogs, FileChooser& files, QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setQuickRange(QuickRange range);
    // Runs the current tab's report (queued behind a running one).
    void runCurrent();
    void showTab(ReportKind kind);
    void cancel();
    bool isBusy() const;
    // Exports the current tab's table number `index` (see csvTables()) / the tab as PDF, asking
    // the FileChooser for the path.
    void exportCsv(int index);
    void exportPdf();
    // Prints the current tab on an A4 printer the PrinterChooser sets up.
    void print();
    void setPrinterChooser(std::unique_ptr<PrinterChooser> printers);
    QStringList csvTables() const;

signals:
    // A report arrived and its tab shows it (also after an error or cancel: check the status).
    void reportShown(patron::ui::ReportKind kind, bool ok);

private:
    void start(ReportRequest request);
    void finished(const ReportBundle& bundle);
    ReportTab* currentTab() const;
    ReportRequest requestFor(ReportKind kind) const;
    void showControlsFor(ReportTab* tab);
    void refreshCsvChoices();

    Store& m_store;
    const Clock& m_clock;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    std::unique_ptr<PrinterChooser> m_printers;
    ReportRunner* m_runner;
    // A run was started and its answer has not arrived yet. The worker thread ends a moment
    // before its queued answer is delivered: until then the page is still busy.
    bool m_awaiting = false;
    std::optional<ReportRequest> m_pending;
    QList<ReportTab*> m_tabs;

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_quick;
    QCheckBox* m_compare;
    QComboBox* m_period;  // sales by day, week or month (or chosen by the range's length)
    QLabel* m_topLimitLabel;
    QSpinBox* m_topLimit;  // the products tab's N
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QLabel* m_status;
    QTabWidget* m_tabWidget;
    QComboBox* m_csvChoice;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_print;
};

} // namespace patron::ui
