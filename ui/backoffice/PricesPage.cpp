#include "backoffice/PricesPage.h"

#include "backoffice/FileChooser.h"
#include "backoffice/ImportReportDialog.h"
#include "backoffice/PriceChangeTableModel.h"
#include "backoffice/PriceDraftTable.h"
#include "backoffice/PriceListImportRunner.h"
#include "backoffice/ProductTableModel.h"
#include "catalog/PriceHistory.h"
#include "catalog/PriceListCsv.h"
#include "catalog/PriceSchedule.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductSearch.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace patron::ui {

namespace {
enum Filter { PendingOnly, Everything };
constexpr int kMaxResults = 50;
constexpr int kMaxChanges = 2000;  // "all changes": the newest ones
}

PricesPage::PricesPage(Store& store, AuditLog& audit, const Clock& clock, ProductCatalog& catalog,
                       const ProductSearch& search, QString currency, Session actor, Dialogs& dialogs,
                       FileChooser& files, QWidget* parent)
    : QWidget(parent), m_db(store.db()), m_clock(clock), m_catalog(catalog), m_search(search),
      m_schedule(std::make_unique<PriceSchedule>(store.db(), catalog, audit, clock)), m_actor(std::move(actor)),
      m_dialogs(dialogs), m_files(files), m_runner(new PriceListImportRunner(store, clock, m_actor, this))
{
    setObjectName(QStringLiteral("pricesPage"));
    auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };

    m_ownedNote = new QLabel(tr("This till is joined to head office, which owns the catalog: price changes arrive with "
                                "each sync and cannot be made here."), this);
    m_ownedNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_ownedNote->setWordWrap(true);
    m_ownedNote->setVisible(false);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("search"));
    m_query->setPlaceholderText(tr("Find a product: name, initials, barcode or SKU"));
    m_query->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setMaximumHeight(120);
    auto* addLine = button("addLine", tr("Add to the price change"));

    m_draft = new PriceDraftTable(std::move(currency), this);
    auto* removeLine = button("removeLine", tr("Remove line"));

    m_at = new QDateTimeEdit(this);
    m_at->setObjectName(QStringLiteral("effectiveAt"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    // The editor shows wall-clock time in the till clock's zone, as the summary and the
    // schedule do. Qt 6.4's QDateTimeEdit can only show the PC's zone or UTC, so it runs in UTC
    // (no conversion at all) and chosenTime() reads its fields as the clock zone's wall time.
    m_at->setTimeSpec(Qt::UTC);
    // Tomorrow at opening time is the usual choice: new prices for a new day.
    m_at->setDateTime(QDateTime(clock.now().date().addDays(1), QTime(8, 0), Qt::UTC));
    m_zone = new QLabel(zoneLabel(clock.now()), this);
    m_zone->setObjectName(QStringLiteral("effectiveZone"));
    m_now = new QCheckBox(tr("Now"), this);
    m_now->setObjectName(QStringLiteral("now"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Note (e.g. supplier price rise)"));
    auto* scheduleButton = button("schedule", tr("Schedule"));
    auto* importButton = button("importPriceList", tr("Import price list…"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("changeFilter"));
    m_filter->addItem(tr("Pending"), PendingOnly);
    m_filter->addItem(tr("All changes"), Everything);
    auto* cancel = button("cancelChange", tr("Cancel change"));
    m_changesModel = new PriceChangeTableModel(this);
    m_changesView = new QTableView(this);
    m_changesView->setObjectName(QStringLiteral("changes"));
    m_changesView->setModel(m_changesModel);
    m_changesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesView->verticalHeader()->hide();
    m_changesView->horizontalHeader()->setStretchLastSection(true);

    m_historyTitle = new QLabel(tr("Price history: choose a product above."), this);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_history = new QTableWidget(0, 4, this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("From"), tr("Retail"), tr("Member"), tr("By")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMaximumHeight(160);

    m_editing = {addLine, removeLine, m_draft, m_at, m_now, m_note, scheduleButton, importButton, cancel};

    auto* find = new QHBoxLayout;
    find->addWidget(m_query, 1);
    find->addWidget(addLine);
    find->addWidget(removeLine);  // beside "add": the time row needs its width for the zone
    auto* draftActions = new QHBoxLayout;
    draftActions->addWidget(new QLabel(tr("Takes effect"), this));
    draftActions->addWidget(m_at);
    draftActions->addWidget(m_zone);
    draftActions->addWidget(m_now);
    draftActions->addWidget(m_note, 1);
    draftActions->addWidget(importButton);
    draftActions->addWidget(scheduleButton);
    auto* listActions = new QHBoxLayout;
    listActions->addWidget(new QLabel(tr("Scheduled changes"), this));
    listActions->addWidget(m_filter);
    listActions->addStretch();
    listActions->addWidget(cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ownedNote);
    layout->addLayout(find);
    layout->addWidget(m_results);
    layout->addWidget(m_draft, 2);
    layout->addLayout(draftActions);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(listActions);
    layout->addWidget(m_changesView, 2);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);

    connect(m_query, &QLineEdit::textChanged, this, &PricesPage::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_resultIds.size())
            showHistory(m_resultIds[row]);
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { addResult(m_results->currentRow()); });
    connect(addLine, &QPushButton::clicked, this, [this] { addResult(m_results->currentRow()); });
    connect(removeLine, &QPushButton::clicked, m_draft, &PriceDraftTable::removeSelected);
    connect(m_draft, &PriceDraftTable::draftChanged, this, &PricesPage::updateSummary);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &PricesPage::updateSummary);
    connect(m_now, &QCheckBox::toggled, this, [this](bool now) {
        m_at->setEnabled(!now && !m_headOfficeOwned);
        updateSummary();
    });
    connect(scheduleButton, &QPushButton::clicked, this, &PricesPage::scheduleDraft);
    connect(importButton, &QPushButton::clicked, this, &PricesPage::importPriceList);
    connect(m_runner, &PriceListImportRunner::finished, this, &PricesPage::onImportFinished);
    connect(cancel, &QPushButton::clicked, this, &PricesPage::cancelSelected);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PricesPage::refresh);
    refresh();
    updateSummary();
}

PricesPage::~PricesPage() = default;

void PricesPage::setHeadOfficeOwned(bool owned)
{
    m_headOfficeOwned = owned;
    m_ownedNote->setVisible(owned);
    for (QWidget* w : m_editing)
        w->setEnabled(!owned);
    m_at->setEnabled(!owned && !m_now->isChecked());
}

void PricesPage::search()
{
    m_results->clear();
    m_resultIds.clear();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty())
        return;
    for (const Product& p : m_search.search(query, kMaxResults, false)) {
        m_results->addItem(tr("%1  %2  %3").arg(p.sku, p.name, ProductTableModel::formatMinor(p.priceMinor)));
        m_resultIds << p.id;
    }
    if (!m_resultIds.isEmpty())
        m_results->setCurrentRow(0);
}

void PricesPage::addResult(int row)
{
    if (m_headOfficeOwned || row < 0 || row >= m_resultIds.size())
        return;
    if (auto p = m_catalog.findById(m_resultIds[row]))
        m_draft->addProduct(*p);
}

std::optional<QDateTime> PricesPage::chosenTime() const
{
    if (m_now->isChecked())
        return std::nullopt;
    return QDateTime(m_at->date(), m_at->time(), m_clock.now().timeZone());
}

void PricesPage::setEffectiveTime(const QDateTime& at)
{
    const QDateTime local = at.toTimeZone(m_clock.now().timeZone());
    m_at->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

QString PricesPage::zoneLabel(const QDateTime& clockNow)
{
    // "UTC+08:00": the offset the till's clock runs in, so nobody reads the time as another zone's.
    const int offset = clockNow.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void PricesPage::updateSummary()
{
    m_zone->setText(zoneLabel(m_clock.now()));  // follows the clock across a daylight-saving change
    QString error;
    const QList<PriceChangeRequest> lines = m_draft->requests(&error);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    int changing = 0;
    for (const PriceChangeRequest& r : lines)
        if (r.retailMinor || r.memberPriceMinor)
            ++changing;
    if (changing == 0) {
        m_summary->setText(tr("Add products and type their new prices; empty cells keep the current price."));
        return;
    }
    QString when;
    if (const auto at = chosenTime()) {
        const qint64 minutes = m_clock.now().secsTo(*at) / 60;
        when = minutes < 0 ? tr("at %1, which has passed").arg(at->toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : tr("at %1 (in %2 h %3 min)")
                                 .arg(at->toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 .arg(minutes / 60)
                                 .arg(minutes % 60);
    } else {
        when = tr("now");
    }
    m_summary->setText(tr("%n product(s) change %1: %2 up, %3 down. Carts already open keep the prices they show.", nullptr,
                          changing)
                           .arg(when)
                           .arg(m_draft->raises())
                           .arg(m_draft->cuts()));
}

bool PricesPage::scheduleDraft()
{
    if (m_headOfficeOwned)
        return false;
    m_error->clear();
    QString error;
    QList<PriceChangeRequest> lines = m_draft->requests(&error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        return false;
    }
    // Lines left empty are products added and then left alone: not part of the change.
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const PriceChangeRequest& r) { return !r.retailMinor && !r.memberPriceMinor; }),
                lines.end());
    auto done = m_schedule->schedule(m_actor, lines, chosenTime(), m_note->text().trimmed());
    if (!done) {
        m_error->setText(done.message());
        return false;
    }
    m_draft->clearLines();
    m_note->clear();
    refresh();
    const bool applied = !done->isEmpty() && done->first().status == PriceChangeStatus::Applied;
    m_summary->setText(applied ? tr("%n price change(s) applied.", nullptr, int(done->size()))
                               : tr("%n price change(s) scheduled.", nullptr, int(done->size())));
    return true;
}

void PricesPage::importPriceList()
{
    if (m_headOfficeOwned)
        return;
    const QString path = m_files.openFile(this, tr("Import price list"), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs.warning(this, tr("Import price list"), tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    if (!m_runner->start(file.readAll(), chosenTime(), m_note->text().trimmed()))
        return;
    m_progress = new QProgressDialog(tr("Importing the price list…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    connect(m_runner, &PriceListImportRunner::progress, m_progress, [p = m_progress](int done, int total) {
        p->setMaximum(total);
        p->setValue(done);
    });
    connect(m_progress, &QProgressDialog::canceled, m_runner, &PriceListImportRunner::cancel);
    m_progress->open();
}

void PricesPage::onImportFinished(const PriceListOutcome& outcome)
{
    if (m_progress) {
        m_progress->disconnect(m_runner);  // closing must not count as a cancel
        m_progress->close();
        m_progress = nullptr;
    }
    const QString title = tr("Import price list");
    if (!outcome.ok) {
        if (outcome.cancelled)
            m_dialogs.information(this, title, tr("The import was cancelled; nothing was scheduled."));
        else
            m_dialogs.warning(this, title, outcome.error.message);
        return;
    }
    const PriceListReport& r = outcome.report;
    if (!r.committed) {
        QList<std::pair<int, QString>> problems;
        for (const ImportProblem& p : r.problems)
            problems.append({p.line, p.message});
        auto* report = new ImportReportDialog(
            title,
            tr("%n row(s) read. Nothing was scheduled because of these rows; correct them and import the list again:",
               nullptr, r.rows),
            problems, this);
        report->setObjectName(QStringLiteral("priceImportReport"));
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
        return;
    }
    m_note->clear();
    refresh();
    m_dialogs.information(this, title,
                          r.applied > 0 ? tr("%n price change(s) applied.", nullptr, r.scheduled)
                                        : tr("%n price change(s) scheduled.", nullptr, r.scheduled));
}

void PricesPage::cancelSelected()
{
    if (m_headOfficeOwned)
        return;
    const QModelIndexList rows = m_changesView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_error->setText(tr("Choose a pending change to cancel."));
        return;
    }
    const PriceChange change = m_changesModel->change(rows.first().row());
    if (!m_dialogs.confirm(this, tr("Cancel price change"),
                           tr("Cancel price change #%1 for %2 %3?").arg(change.id).arg(change.sku, change.productName)))
        return;
    auto done = m_schedule->cancel(m_actor, change.id);
    m_error->setText(done ? QString() : done.message());
    refresh();
}

void PricesPage::refresh()
{
    // The page is a place where a manager waits for a change to happen: apply what is due.
    if (auto applied = m_schedule->applyDue(); !applied)
        m_error->setText(applied.message());
    auto list = m_schedule->list(m_filter->currentData().toInt() == PendingOnly, kMaxChanges);
    if (!list) {
        m_error->setText(list.message());
        return;
    }
    m_changesModel->setChanges(*list);
    m_changesView->resizeColumnsToContents();  // the effective time whole, not "2026-04-0…"
}

void PricesPage::showHistory(qint64 productId)
{
    const std::optional<Product> product = m_catalog.findById(productId);
    if (!product)
        return;
    m_historyTitle->setText(tr("Price history of %1 %2").arg(product->sku, product->name));
    QList<PriceHistoryEntry> entries;
    try {
        entries = PriceHistory(m_db).forProduct(productId);
    } catch (const StoreException& e) {
        m_error->setText(e.error().message);
        return;
    }
    m_history->setRowCount(0);
    for (const PriceHistoryEntry& e : entries) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, new QTableWidgetItem(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_history->setItem(row, 1, new QTableWidgetItem(ProductTableModel::formatMinor(e.retailMinor)));
        m_history->setItem(row, 2, new QTableWidgetItem(e.memberPriceMinor ? ProductTableModel::formatMinor(*e.memberPriceMinor)
                                                                           : QString()));
        const QString by = e.source == QLatin1String("scheduled")   ? tr("price change #%1").arg(e.priceChangeId)
                           : e.source == QLatin1String("head_office") ? tr("head office")
                           : e.source == QLatin1String("baseline")    ? tr("before price history")
                                                                      : tr("product edit");
        m_history->setItem(row, 3, new QTableWidgetItem(e.userName.isEmpty() ? by : tr("%1 (%2)").arg(by, e.userName)));
    }
    m_history->resizeColumnsToContents();
}

} // namespace patron::ui
