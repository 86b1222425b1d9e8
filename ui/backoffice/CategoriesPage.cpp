#include "backoffice/CategoriesPage.h"

#include "backoffice/CategoryTreeView.h"

#include "catalog/CategoryTree.h"
#include "common/Dialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
constexpr int kIdRole = CategoryTreeView::kIdRole;
constexpr int kPathRole = CategoryTreeView::kPathRole;
} // namespace

CategoriesPage::CategoriesPage(CategoryTree& tree, Session actor, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_tree(tree), m_actor(std::move(actor)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("categoriesPage"));
    m_ownedNote = new QLabel(tr("This till is joined to head office, which owns the catalog: categories arrive with "
                                "each sync and cannot be changed here."), this);
    m_ownedNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_ownedNote->setWordWrap(true);
    m_ownedNote->setVisible(false);

    m_view = new CategoryTreeView(this);
    m_view->setObjectName(QStringLiteral("categories"));
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Category"), tr("Products")});
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Category name"));
    m_name->setMaxLength(40);
    auto* addTop = button("addTopLevel", tr("Add at top level"));
    auto* addSub = button("addSub", tr("Add under selected"));
    auto* rename = button("rename", tr("Rename selected"));
    auto* nameBox = new QGroupBox(tr("Name"), this);
    auto* nameLayout = new QVBoxLayout(nameBox);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(addTop);
    nameLayout->addWidget(addSub);
    nameLayout->addWidget(rename);

    m_moveTo = new QComboBox(this);
    m_moveTo->setObjectName(QStringLiteral("moveTo"));
    auto* move = button("move", tr("Move selected here"));
    auto* moveBox = new QGroupBox(tr("Move with its sub-categories under"), this);
    auto* moveLayout = new QVBoxLayout(moveBox);
    moveLayout->addWidget(m_moveTo);
    moveLayout->addWidget(move);

    auto* remove = button("delete", tr("Delete selected"));

    auto* side = new QVBoxLayout;
    side->addWidget(m_details);
    side->addWidget(nameBox);
    side->addWidget(moveBox);
    side->addWidget(remove);
    side->addStretch();
    auto* body = new QHBoxLayout;
    body->addWidget(m_view, 3);
    body->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ownedNote);
    layout->addLayout(body);

    m_needSelection = {addSub, rename, move, remove};
    m_editing = {m_name, addTop, addSub, rename, m_moveTo, move, remove};
    connect(addTop, &QPushButton::clicked, this, &CategoriesPage::addTopLevel);
    connect(addSub, &QPushButton::clicked, this, &CategoriesPage::addUnderSelected);
    connect(rename, &QPushButton::clicked, this, &CategoriesPage::renameSelected);
    connect(move, &QPushButton::clicked, this, &CategoriesPage::moveSelected);
    connect(remove, &QPushButton::clicked, this, &CategoriesPage::deleteSelected);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &CategoriesPage::updateButtons);
    connect(m_view, &CategoryTreeView::moveRequested, this, &CategoriesPage::moveCategory);
    m_view->setMovable(true);
    refresh();
}

void CategoriesPage::refresh()
{
    const QString selected = selectedPath();
    const QList<Category> all = m_tree.list();
    {
        const QSignalBlocker block(m_view);
        m_view->clear();
        // list() gives parents before their sub-categories, so each parent's item exists already.
        QHash<qint64, QTreeWidgetItem*> items;
        for (const Category& c : all) {
            QTreeWidgetItem* parent = items.value(c.parentId, nullptr);
            auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_view);
            item->setText(0, c.name);
            item->setText(1, QString::number(c.products));
            item->setData(0, kIdRole, c.id);
            item->setData(0, kPathRole, c.path);
            items.insert(c.id, item);
        }
        m_view->expandAll();
    }
    {
        const QSignalBlocker block(m_moveTo);
        const QVariant chosen = m_moveTo->currentData();
        m_moveTo->clear();
        m_moveTo->addItem(tr("(top level)"), qint64(0));
        for (const Category& c : all)
            m_moveTo->addItem(c.path, c.id);
        m_moveTo->setCurrentIndex(std::max(0, m_moveTo->findData(chosen)));
    }
    if (!selected.isEmpty())
        select(selected);
    updateButtons();
}

bool CategoriesPage::select(const QString& path)
{
    for (QTreeWidgetItemIterator it(m_view); *it; ++it)
        if ((*it)->data(0, kPathRole).toString() == path) {
            m_view->setCurrentItem(*it);
            return true;
        }
    return false;
}

qint64 CategoriesPage::selectedId() const
{
    const QTreeWidgetItem* item = m_view->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

QString CategoriesPage::selectedPath() const
{
    const QTreeWidgetItem* item = m_view->currentItem();
    return item ? item->data(0, kPathRole).toString() : QString();
}

void CategoriesPage::updateButtons()
{
    const qint64 id = selectedId();
    for (QPushButton* b : std::as_const(m_needSelection))
        b->setEnabled(id != 0 && !m_headOfficeOwned);
    const auto c = id ? m_tree.find(id) : std::nullopt;
    m_details->setText(c ? tr("%1\n%n product(s) filed here", nullptr, c->products).arg(c->path)
                         : tr("Choose a category in the tree, or type a name and add one at the top level."));
}

void CategoriesPage::setHeadOfficeOwned(bool owned)
{
    m_headOfficeOwned = owned;
    m_ownedNote->setVisible(owned);
    for (QWidget* w : std::as_const(m_editing))
        w->setEnabled(!owned);
    m_view->setMovable(!owned);
    updateButtons();
}

void CategoriesPage::finish(const QString& title, bool ok, const QString& message, const QString& path)
{
    if (!ok) {
        m_dialogs.warning(this, title, message);
        return;
    }
    m_name->clear();
    refresh();
    select(path);
    emit changed();
}

void CategoriesPage::addTopLevel()
{
    if (m_headOfficeOwned)
        return;
    auto added = m_tree.add(m_actor, m_name->text(), 0);
    finish(tr("Add category"), added.ok(), added.ok() ? QString() : added.message(), added.ok() ? added->path : QString());
}

void CategoriesPage::addUnderSelected()
{
    if (m_headOfficeOwned)
        return;
    if (!selectedId()) {
        m_dialogs.warning(this, tr("Add category"), tr("Choose the category to add under first."));
        return;
    }
    auto added = m_tree.add(m_actor, m_name->text(), selectedId());
    finish(tr("Add category"), added.ok(), added.ok() ? QString() : added.message(), added.ok() ? added->path : QString());
}

void CategoriesPage::renameSelected()
{
    if (m_headOfficeOwned)
        return;
    if (!selectedId()) {
        m_dialogs.warning(this, tr("Rename category"), tr("Choose a category first."));
        return;
    }
    auto renamed = m_tree.rename(m_actor, selectedId(), m_name->text());
    finish(tr("Rename category"), renamed.ok(), renamed.ok() ? QString() : renamed.message(),
           renamed.ok() ? renamed->path : QString());
}

void CategoriesPage::moveSelected()
{
    if (m_headOfficeOwned)
        return;
    if (!selectedId()) {
        m_dialogs.warning(this, tr("Move category"), tr("Choose a category first."));
        return;
    }
    moveCategory(selectedId(), m_moveTo->currentData().toLongLong());
}

void CategoriesPage::moveCategory(qint64 id, qint64 newParentId)
{
    if (m_headOfficeOwned)
        return;
    auto moved = m_tree.move(m_actor, id, newParentId);
    finish(tr("Move category"), moved.ok(), moved.ok() ? QString() : moved.message(), moved.ok() ? moved->path : QString());
}

void CategoriesPage::deleteSelected()
{
    if (m_headOfficeOwned)
        return;
    const qint64 id = selectedId();
    if (!id) {
        m_dialogs.warning(this, tr("Delete category"), tr("Choose a category first."));
        return;
    }
    const QString path = selectedPath();
    if (!m_dialogs.confirm(this, tr("Delete category"), tr("Delete the category %1?").arg(path)))
        return;
    auto removed = m_tree.remove(m_actor, id);
    if (!removed) {
        m_dialogs.warning(this, tr("Delete category"), removed.message());
        return;
    }
    refresh();
    emit changed();
}

} // namespace patron::ui
