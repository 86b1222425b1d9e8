#include "backoffice/PromotionsPage.h"

#include "backoffice/PromotionEditDialog.h"
#include "backoffice/PromotionTableModel.h"
#include "catalog/ProductCatalog.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "sales/PromotionService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace patron::ui {

namespace {
enum Filter { AllPromotions, RunningOnly, ScheduledOnly, EndedOnly };
}

PromotionsPage::PromotionsPage(PromotionService& promotions, ProductCatalog& catalog, const ProductSearch& search,
                               const Clock& clock, QString currency, Session actor, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_promotions(promotions), m_catalog(catalog), m_search(search), m_clock(clock),
      m_currency(std::move(currency)), m_actor(std::move(actor)), m_dialogs(dialogs), m_model(new PromotionTableModel(this))
{
    setObjectName(QStringLiteral("promotionsPage"));
    auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_ownedNote = new QLabel(tr("This till is joined to head office, which owns the promotions: they arrive with each "
                                "sync and cannot be changed here."), this);
    m_ownedNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_ownedNote->setWordWrap(true);
    m_ownedNote->setVisible(false);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("stateFilter"));
    m_filter->addItem(tr("All"), AllPromotions);
    m_filter->addItem(tr("Running"), RunningOnly);
    m_filter->addItem(tr("Scheduled"), ScheduledOnly);
    m_filter->addItem(tr("Ended"), EndedOnly);
    auto* add = button("newPromotion", tr("New promotion"));
    auto* edit = button("editPromotion", tr("Change…"));
    auto* end = button("endPromotion", tr("End"));
    m_editing = {add, edit, end};
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("promotions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_filter);
    actions->addStretch();
    actions->addWidget(add);
    actions->addWidget(edit);
    actions->addWidget(end);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ownedNote);
    layout->addLayout(actions);
    layout->addWidget(m_table);
    layout->addWidget(m_error);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &PromotionsPage::refresh);
    connect(add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(edit, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            m_error->setText(tr("Choose a promotion to change."));
        else
            openEditor(rows.first().row());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openEditor(i.row()); });
    connect(end, &QPushButton::clicked, this, &PromotionsPage::endSelected);
    refresh();
}

void PromotionsPage::setHeadOfficeOwned(bool owned)
{
    m_headOfficeOwned = owned;
    m_ownedNote->setVisible(owned);
    for (QWidget* w : std::as_const(m_editing))
        w->setEnabled(!owned);
}

void PromotionsPage::refresh()
{
    auto all = m_promotions.list(false);
    if (!all) {
        m_error->setText(all.message());
        return;
    }
    const QDateTime now = m_clock.now();
    const int filter = m_filter->currentData().toInt();
    QList<Promotion> shown;
    QHash<QString, QString> targets;
    for (const ProductCategory& c : m_catalog.categories())
        targets.insert(QStringLiteral("c%1").arg(c.id), c.path);
    for (const Promotion& p : *all) {
        const auto state = PromotionTableModel::stateAt(p, now);
        if ((filter == RunningOnly && state != PromotionTableModel::PromotionState::Running) ||
            (filter == ScheduledOnly && state != PromotionTableModel::PromotionState::Scheduled) ||
            (filter == EndedOnly && state != PromotionTableModel::PromotionState::Ended))
            continue;
        if (p.scope == PromotionScope::Product)
            if (auto product = m_catalog.findById(p.targetId))
                targets.insert(QStringLiteral("p%1").arg(p.targetId), tr("%1 %2").arg(product->sku, product->name));
        shown << p;
    }
    // Newest first: the promotion just added is at the top.
    std::reverse(shown.begin(), shown.end());
    m_model->setPromotions(shown, targets, now);
}

PromotionEditDialog* PromotionsPage::openEditor(int row)
{
    if (m_headOfficeOwned)
        return nullptr;
    std::optional<Promotion> existing;
    if (row >= 0) {
        const Promotion& p = m_model->promotion(row);
        if (PromotionTableModel::stateAt(p, m_clock.now()) == PromotionTableModel::PromotionState::Ended) {
            m_error->setText(tr("Promotion %1 has ended; add a new one instead.").arg(p.name));
            return nullptr;
        }
        existing = p;
    }
    m_error->clear();
    auto* dialog = new PromotionEditDialog(m_promotions, m_catalog, m_search, m_clock, m_currency, m_actor, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PromotionsPage::refresh);
    dialog->open();
    return dialog;
}

void PromotionsPage::endSelected()
{
    if (m_headOfficeOwned)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_error->setText(tr("Choose a promotion to end."));
        return;
    }
    const Promotion p = m_model->promotion(rows.first().row());
    if (!m_dialogs.confirm(this, tr("End promotion"), tr("End promotion %1 now?").arg(p.name)))
        return;
    auto done = m_promotions.end(m_actor, p.id);
    m_error->setText(done ? QString() : done.message());
    refresh();
}

} // namespace patron::ui
