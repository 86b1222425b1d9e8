#include "backoffice/UsersPage.h"

#include "backoffice/AddUserDialog.h"
#include "backoffice/PermissionMatrixTable.h"
#include "backoffice/RolePermissions.h"
#include "common/Dialogs.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patron::ui {

UsersPage::UsersPage(UserService& users, RolePermissions& roles, Session actor, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_users(users), m_roles(roles), m_actor(std::move(actor)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("usersPage"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("users"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Display name"), tr("Role"), tr("State")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto* add = button("addUser", tr("Add user…"));
    m_newPin = new QLineEdit(this);
    m_newPin->setObjectName(QStringLiteral("newPin"));
    m_newPin->setEchoMode(QLineEdit::Password);
    m_newPin->setPlaceholderText(tr("New PIN"));
    m_newPin->setMaximumWidth(140);
    auto* reset = button("resetPin", tr("Reset PIN"));
    auto* toggle = button("toggleDisabled", tr("Disable / enable"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : {Role::Cashier, Role::Supervisor, Role::Manager, Role::Admin})
        m_role->addItem(roleDisplayName(roleName(r)), roleName(r));
    auto* changeRole = button("changeRole", tr("Change role"));
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addStretch();
    row->addWidget(m_role);
    row->addWidget(changeRole);
    row->addWidget(m_newPin);
    row->addWidget(reset);
    row->addWidget(toggle);

    auto* matrixBox = new QGroupBox(tr("Permissions by role"), this);
    m_matrix = new PermissionMatrixTable(matrixBox);
    auto* save = button("savePermissions", tr("Save permissions"));
    auto* matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addWidget(m_matrix);
    matrixLayout->addWidget(save, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(matrixBox, 2);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPin);
    connect(toggle, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(changeRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_table, &QTableWidget::currentCellChanged, this, &UsersPage::showSelectedRole);
    connect(save, &QPushButton::clicked, this, &UsersPage::savePermissions);
    refresh();
}

void UsersPage::refresh()
{
    auto users = m_users.list();
    if (!users) {
        m_dialogs.warning(this, tr("Users"), users.message());
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int i = 0; i < users->size(); ++i) {
        const User& u = users->at(i);
        const QString state = u.disabled ? tr("Disabled") : u.locked ? tr("Locked") : tr("Active");
        const QStringList cells = {u.name, u.displayName, roleDisplayName(u.role), state};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        m_table->item(i, 0)->setData(Qt::UserRole, u.disabled);
        m_table->item(i, 2)->setData(Qt::UserRole, u.role);
    }
    showSelectedRole();
    auto matrix = m_roles.load();
    if (matrix)
        m_matrix->setMatrix(*matrix);
}

QString UsersPage::selectedUser() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, 0)->text();
}

void UsersPage::showSelectedRole()
{
    const int row = m_table->currentRow();
    if (row >= 0 && m_table->item(row, 2))
        m_role->setCurrentIndex(std::max(0, m_role->findData(m_table->item(row, 2)->data(Qt::UserRole))));
}

void UsersPage::changeRole()
{
    const QString name = selectedUser();
    if (name.isEmpty()) {
        m_dialogs.warning(this, tr("Change role"), tr("Choose a user first."));
        return;
    }
    const QString role = m_role->currentData().toString();
    auto changed = m_users.setRole(m_actor, name, role);
    if (!changed) {
        m_dialogs.warning(this, tr("Change role"), changed.message());
        refresh();  // the combo goes back to the role the user still has
        return;
    }
    m_dialogs.information(this, tr("Change role"),
                          tr("%1 is now %2. The new permissions apply from their next sign-in.")
                              .arg(name, roleDisplayName(changed->role)));
    refresh();
}

void UsersPage::addUser()
{
    auto* dialog = new AddUserDialog(m_users, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersPage::refresh);
    dialog->open();
}

void UsersPage::resetPin()
{
    const QString name = selectedUser();
    if (name.isEmpty()) {
        m_dialogs.warning(this, tr("Reset PIN"), tr("Choose a user first."));
        return;
    }
    auto done = m_users.setPin(m_actor, name, m_newPin->text());
    m_newPin->clear();
    if (!done) {
        m_dialogs.warning(this, tr("Reset PIN"), done.message());
        return;
    }
    m_dialogs.information(this, tr("Reset PIN"), tr("%1 has a new PIN and can sign in again.").arg(name));
    refresh();
}

void UsersPage::toggleDisabled()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_dialogs.warning(this, tr("Users"), tr("Choose a user first."));
        return;
    }
    const QString name = m_table->item(row, 0)->text();
    const bool disabled = m_table->item(row, 0)->data(Qt::UserRole).toBool();
    if (!disabled && name.compare(m_actor.userName, Qt::CaseInsensitive) == 0) {
        m_dialogs.warning(this, tr("Users"), tr("You cannot disable yourself."));
        return;
    }
    auto done = m_users.setDisabled(m_actor, name, !disabled);
    if (!done)
        m_dialogs.warning(this, tr("Users"), done.message());
    refresh();
}

void UsersPage::savePermissions()
{
    auto saved = m_roles.save(m_actor, m_matrix->matrix());
    if (!saved) {
        m_dialogs.warning(this, tr("Permissions"), saved.message());
        return;
    }
    m_dialogs.information(this, tr("Permissions"), tr("Saved. They apply from each user's next sign-in."));
    refresh();
}

} // namespace patron::ui
