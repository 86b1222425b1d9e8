#include "backoffice/ProductsPage.h"

#include "backoffice/FileChooser.h"
#include "backoffice/ImportReportDialog.h"
#include "backoffice/ProductEditDialog.h"
#include "backoffice/ProductImportRunner.h"
#include "backoffice/ProductTableModel.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ProductCsv.h"
#include "catalog/ProductSearch.h"
#include "common/Dialogs.h"
#include "money/Money.h"
#include "print/LabelSheetPrinter.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>


namespace patron::ui {

namespace {
enum StateFilter { AllStates, ActiveOnly, InactiveOnly };
}

ProductsPage::ProductsPage(Store& store, const Clock& clock, ProductCatalog& catalog, const ProductSearch& search,
                           Session actor, Dialogs& dialogs, FileChooser& files, QWidget* parent)
    : QWidget(parent), m_store(store), m_catalog(catalog), m_search(search), m_actor(actor), m_dialogs(dialogs),
      m_files(files), m_model(new ProductTableModel(this)), m_runner(new ProductImportRunner(store, clock, actor, this))
{
    setObjectName(QStringLiteral("productsPage"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("search"));
    m_query->setPlaceholderText(tr("Search name, initials, barcode or SKU"));
    m_query->setClearButtonEnabled(true);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All"), AllStates);
    m_state->addItem(tr("Active"), ActiveOnly);
    m_state->addItem(tr("Inactive"), InactiveOnly);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_query, 3);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_state);

    auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto* add = button("newProduct", tr("New product"));
    auto* import = button("importCsv", tr("Import CSV…"));
    auto* exportButton = button("exportCsv", tr("Export CSV…"));
    auto* labels = button("printLabels", tr("Print labels…"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(import);
    actions->addWidget(exportButton);
    actions->addWidget(labels);
    actions->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    actions->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("products"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_ownedNote = new QLabel(tr("This till is joined to head office, which owns the catalog: products and prices "
                                "arrive with each sync and cannot be changed here."), this);
    m_ownedNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_ownedNote->setWordWrap(true);
    m_ownedNote->setVisible(false);
    m_editing = {add, import};

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ownedNote);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table);

    connect(m_query, &QLineEdit::textChanged, this, &ProductsPage::refresh);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ProductsPage::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ProductsPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openEditor(i.row()); });
    connect(add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(import, &QPushButton::clicked, this, &ProductsPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &ProductsPage::exportCsv);
    connect(labels, &QPushButton::clicked, this, &ProductsPage::choosePrinterAndPrint);
    connect(m_runner, &ProductImportRunner::finished, this, &ProductsPage::onImportFinished);
    refresh();
}

ProductsPage::~ProductsPage() = default;

void ProductsPage::refresh()
{
    const QString query = m_query->text().trimmed();
    QList<Product> found = query.isEmpty() ? m_catalog.all() : m_search.search(query, kMaxRows, true);

    // Every category of the tree, also one holding only sub-categories ("饮料" when the products
    // are in "饮料/碳酸饮料"); keep the manager's choice across refreshes.
    const QString chosen = m_category->currentData().toString();
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const ProductCategory& c : m_catalog.categories())
            m_category->addItem(c.path, c.path);
        m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
    }
    const QString category = m_category->currentData().toString();
    const int state = m_state->currentData().toInt();
    QList<Product> shown;
    for (const Product& p : found) {
        // A category includes its sub-categories ("饮料" shows "饮料/碳酸饮料").
        if (!category.isEmpty() && p.categoryPath != category && !p.categoryPath.startsWith(category + u'/'))
            continue;
        if ((state == ActiveOnly && !p.active) || (state == InactiveOnly && p.active))
            continue;
        if (shown.size() == kMaxRows)
            break;
        shown.append(p);
    }
    m_count->setText(shown.size() == kMaxRows ? tr("First %1 products; search to narrow").arg(kMaxRows)
                                              : tr("%n product(s)", nullptr, int(shown.size())));
    m_model->setProducts(std::move(shown));
    m_table->resizeColumnsToContents();  // category paths whole, not "饮料/碳酸…"
}

void ProductsPage::setHeadOfficeOwned(bool owned)
{
    m_headOfficeOwned = owned;
    m_ownedNote->setVisible(owned);
    for (QWidget* w : std::as_const(m_editing))
        w->setEnabled(!owned);
}

void ProductsPage::openEditor(int row)
{
    if (m_headOfficeOwned)
        return;  // the note at the top says why
    std::optional<Product> existing;
    if (row >= 0 && row < m_model->rowCount())
        existing = m_model->product(row);
    auto* dialog = new ProductEditDialog(m_catalog, m_actor, m_store.identity().currency, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProductsPage::refresh);
    dialog->open();
}

void ProductsPage::importCsv()
{
    if (m_headOfficeOwned)
        return;
    const QString path = m_files.openFile(this, tr("Import products"), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs.warning(this, tr("Import products"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (!m_runner->start(file.readAll(), false))
        return;
    m_progress = new QProgressDialog(tr("Importing products…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    connect(m_runner, &ProductImportRunner::progress, m_progress, [p = m_progress](int done, int total) {
        p->setMaximum(total);
        p->setValue(done);
    });
    connect(m_progress, &QProgressDialog::canceled, m_runner, &ProductImportRunner::cancel);
    m_progress->open();
}

void ProductsPage::onImportFinished(const ImportOutcome& outcome)
{
    if (m_progress) {
        m_progress->disconnect(m_runner);  // closing must not count as a cancel
        m_progress->close();
        m_progress = nullptr;
    }
    const QString title = tr("Import products");
    if (!outcome.ok) {
        if (outcome.cancelled)
            m_dialogs.information(this, title, tr("The import was cancelled; nothing was imported."));
        else
            m_dialogs.warning(this, title, outcome.error.message);
        return;
    }
    const ImportReport& r = outcome.report;
    if (!r.problems.isEmpty()) {
        auto* report = new ImportReportDialog(r, this);
        report->setAttribute(Qt::WA_DeleteOnClose);
        report->open();
    } else {
        m_dialogs.information(this, title, tr("%1 rows imported: %2 added, %3 updated.").arg(r.rows).arg(r.added).arg(r.updated));
    }
    refresh();
}

void ProductsPage::exportCsv()
{
    const QString path = m_files.saveFile(this, tr("Export products"), QStringLiteral("products.csv"),
                                          tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportProductsCsv(m_catalog)) < 0 || !file.commit()) {
        m_dialogs.warning(this, tr("Export products"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_dialogs.information(this, tr("Export products"), tr("%n product(s) exported to %1.", nullptr, int(m_catalog.count())).arg(path));
}

int ProductsPage::printLabels(QPrinter& printer)
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty())
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows << r;
    std::sort(rows.begin(), rows.end());
    QList<LabelItem> items;
    for (int r : rows) {
        const Product& p = m_model->product(r);
        const QString price = Money(p.priceMinor, m_store.identity().currency).toDisplayString();
        items.append({p.name, price, p.barcodes.isEmpty() ? p.sku : p.barcodes.first()});
    }
    return LabelSheetPrinter::print(printer, items);
}

void ProductsPage::choosePrinterAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print labels"));
    if (dialog.exec() == QDialog::Accepted && printLabels(printer) == 0)
        m_dialogs.warning(this, tr("Print labels"), tr("The printer could not be started."));
}

} // namespace patron::ui
