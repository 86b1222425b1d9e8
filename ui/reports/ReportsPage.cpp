#include "reports/ReportsPage.h"

#include "backoffice/FileChooser.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "reports/DashboardTab.h"
#include "reports/LiabilityTab.h"
#include "reports/MembersTab.h"
#include "reports/PrinterChooser.h"
#include "reports/ProductsTab.h"
#include "reports/ReportExport.h"
#include "reports/ReportRunner.h"
#include "reports/SalesTab.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QProgressBar>
#include <QSpinBox>
#include <QTabWidget>

namespace patron::ui {

ReportsPage::ReportsPage(Store& store, const Clock& clock, Dialogs& dialogs, FileChooser& files, QWidget* parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_dialogs(dialogs), m_files(files),
      m_printers(std::make_unique<QtPrinterChooser>()), m_runner(new ReportRunner(store, clock, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_quick = new QComboBox(this);
    m_quick->setObjectName(QStringLiteral("quickRange"));
    m_quick->addItems({tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("This month"), tr("Last month"), tr("This year")});
    m_compare = new QCheckBox(tr("Compare with the previous period"), this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("salesPeriod"));
    m_period->addItem(tr("Days or months"), -1);
    m_period->addItem(tr("By day"), int(SalesPeriod::Day));
    m_period->addItem(tr("By week"), int(SalesPeriod::Week));
    m_period->addItem(tr("By month"), int(SalesPeriod::Month));
    m_topLimitLabel = new QLabel(tr("Top/bottom"), this);
    m_topLimit = new QSpinBox(this);
    m_topLimit->setObjectName(QStringLiteral("topLimit"));
    m_topLimit->setRange(ReportRequest::kMinTopLimit, ReportRequest::kMaxTopLimit);
    m_topLimit->setValue(ReportRequest::kDefaultTopLimit);
    m_topLimitLabel->setBuddy(m_topLimit);
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("runReport"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_cancel->setEnabled(false);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);  // busy until the worker reports its first query done
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_quick);
    bar->addWidget(m_compare);
    bar->addWidget(m_period);
    bar->addWidget(m_topLimitLabel);
    bar->addWidget(m_topLimit);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName(QStringLiteral("reportTabs"));
    auto* members = new MembersTab(m_tabWidget);
    m_tabs = {new DashboardTab(m_tabWidget), new SalesTab(m_tabWidget), new ProductsTab(m_tabWidget), members,
              new LiabilityTab(m_tabWidget)};
    for (ReportTab* t : m_tabs)
        m_tabWidget->addTab(t, t->title());

    m_csvChoice = new QComboBox(this);
    m_csvChoice->setObjectName(QStringLiteral("csvTable"));
    // The captions change with the tab: the box grows to the longest, never clips it.
    m_csvChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("printReport"));
    auto* exports = new QHBoxLayout;
    exports->addStretch(1);
    exports->addWidget(m_csvChoice);
    exports->addWidget(m_csv);
    exports->addWidget(m_pdf);
    exports->addWidget(m_print);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabWidget, 1);
    layout->addLayout(exports);

    setQuickRange(QuickRange::Last30Days);
    m_quick->setCurrentIndex(int(QuickRange::Last30Days));
    connect(m_quick, &QComboBox::activated, this, [this](int i) { setQuickRange(QuickRange(i)); });
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::runCurrent);
    connect(m_period, &QComboBox::activated, this, &ReportsPage::runCurrent);
    // The comparison changes the tables' columns and the charts' series: show it at once.
    connect(m_compare, &QCheckBox::toggled, this, &ReportsPage::runCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this] {
        refreshCsvChoices();
        showControlsFor(currentTab());
        runCurrent();
    });
    connect(m_topLimit, &QSpinBox::valueChanged, this, [this] {
        if (ReportTab* t = currentTab(); t && t->kind() == ReportKind::Products)
            runCurrent();
    });
    connect(members, &MembersTab::segmentRequested, this, [this](RfmSegment s) {
        ReportRequest r = requestFor(ReportKind::Members);
        r.segment = s;
        start(r);
    });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportCsv(m_csvChoice->currentIndex()); });
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_runner, &ReportRunner::finished, this, &ReportsPage::finished);
    connect(m_runner, &ReportRunner::progress, this, [this](int done, int total) {
        m_busy->setRange(0, total);
        m_busy->setValue(done);
    });
    refreshCsvChoices();
    showControlsFor(currentTab());
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::setPrinterChooser(std::unique_ptr<PrinterChooser> printers) { m_printers = std::move(printers); }

void ReportsPage::showControlsFor(ReportTab* tab)
{
    // The top/bottom N only where it changes something: the bar stays short enough for a
    // 1024-pixel screen.
    const ReportKind kind = tab ? tab->kind() : ReportKind::Dashboard;
    m_topLimitLabel->setVisible(kind == ReportKind::Products);
    m_topLimit->setVisible(kind == ReportKind::Products);
}

void ReportsPage::setQuickRange(QuickRange r)
{
    const QDate today = m_clock.now().date();
    QDate from = today, to = today;
    switch (r) {
    case QuickRange::Today: break;
    case QuickRange::Last7Days: from = today.addDays(-6); break;
    case QuickRange::Last30Days: from = today.addDays(-29); break;
    case QuickRange::ThisMonth: from = QDate(today.year(), today.month(), 1); break;
    case QuickRange::LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case QuickRange::ThisYear: from = QDate(today.year(), 1, 1); break;
    }
    m_from->setDate(from);
    m_to->setDate(to);
}

ReportRequest ReportsPage::requestFor(ReportKind kind) const
{
    ReportRequest r;
    r.kind = kind;
    r.range = DateRange{m_from->date(), m_to->date()};
    r.compare = m_compare->isChecked();
    r.topLimit = m_topLimit->value();
    if (const int period = m_period->currentData().toInt(); period >= 0)
        r.period = SalesPeriod(period);
    r.today = m_clock.now().date();
    // The dashboard shows the range's last day (today with the quick ranges).
    if (kind == ReportKind::Dashboard)
        r.today = m_to->date();
    return r;
}

void ReportsPage::runCurrent()
{
    if (ReportTab* tab = currentTab()) {
        auto range = DateRange::make(m_from->date(), m_to->date());
        if (!range) {
            m_status->setText(range.message());
            return;
        }
        start(requestFor(tab->kind()));
    }
}

void ReportsPage::start(ReportRequest request)
{
    if (m_awaiting) {
        // One report at a time: the newest request waits for the running one's answer.
        m_pending = request;
        m_runner->cancel();
        return;
    }
    m_awaiting = m_runner->start(request);
    m_busy->setRange(0, 0);
    m_busy->setVisible(true);
    m_cancel->setEnabled(true);
    m_run->setEnabled(false);
    m_status->setText(tr("Working…"));
}

void ReportsPage::cancel()
{
    m_pending.reset();
    m_runner->cancel();
}

bool ReportsPage::isBusy() const { return m_awaiting || m_pending.has_value(); }

void ReportsPage::finished(const ReportBundle& b)
{
    m_awaiting = false;
    m_busy->setVisible(false);
    m_cancel->setEnabled(false);
    m_run->setEnabled(true);
    if (m_pending) {
        const ReportRequest next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    if (b.cancelled)
        m_status->setText(tr("Cancelled."));
    else if (!b.ok)
        m_status->setText(b.error.message);
    else
        m_status->setText(tr("Updated %1.").arg(m_clock.now().toString(QStringLiteral("HH:mm:ss"))));
    if (b.ok)
        for (ReportTab* t : m_tabs)
            if (t->kind() == b.request.kind)
                t->present(b);
    emit reportShown(b.request.kind, b.ok);
}

void ReportsPage::showTab(ReportKind kind)
{
    for (int i = 0; i < m_tabs.size(); ++i)
        if (m_tabs[i]->kind() == kind) {
            if (m_tabWidget->currentIndex() == i)
                runCurrent();
            else
                m_tabWidget->setCurrentIndex(i);
        }
}

ReportTab* ReportsPage::currentTab() const { return qobject_cast<ReportTab*>(m_tabWidget->currentWidget()); }

QStringList ReportsPage::csvTables() const
{
    QStringList names;
    if (ReportTab* t = currentTab())
        for (const ReportTab::ExportTable& table : t->tables())
            names << table.name;
    return names;
}

void ReportsPage::refreshCsvChoices()
{
    m_csvChoice->clear();
    if (ReportTab* t = currentTab())
        for (const ReportTab::ExportTable& table : t->tables())
            m_csvChoice->addItem(table.caption, table.name);
}

void ReportsPage::exportCsv(int index)
{
    ReportTab* t = currentTab();
    if (!t || index < 0 || index >= t->tables().size())
        return;
    const ReportTab::ExportTable chosen = t->tables().at(index);
    const QString path = m_files.saveFile(this, tr("Export CSV"), chosen.name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto saved = saveCsv(*chosen.table, path);
    if (!saved)
        m_dialogs.warning(this, tr("Export CSV"), saved.message());
    else
        m_status->setText(tr("Saved %1.").arg(path));
}

void ReportsPage::exportPdf()
{
    ReportTab* t = currentTab();
    if (!t)
        return;
    const QString path = m_files.saveFile(this, tr("Export PDF"), t->objectName() + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString title = tr("%1, %2 to %3").arg(t->title(), m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    auto saved = savePdf(path, title, t->printables());
    if (!saved)
        m_dialogs.warning(this, tr("Export PDF"), saved.message());
    else
        m_status->setText(tr("Saved %1.").arg(path));
}

void ReportsPage::print()
{
    ReportTab* t = currentTab();
    if (!t)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    // The raster parts of a tab (the heat map, the charts' caches) are drawn at the device's
    // resolution: at 1200 dpi the sales tab made an 8.5 MB job of four pages; 300 dpi is what an
    // office laser printer prints, at a tenth of that.
    printer->setResolution(300);
    const QString title = tr("%1, %2 to %3").arg(t->title(), m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    printer->setDocName(title);
    // The tab is a child of this page: `this` outlives an answer delivered later.
    m_printers->choose(this, printer, [this, t, printer, title] {
        if (!paintReport(*printer, title, t->printables()))
            m_dialogs.warning(this, tr("Print"), tr("The printer could not be started."));
        else
            m_status->setText(tr("Sent to the printer."));
    });
}

} // namespace patron::ui
