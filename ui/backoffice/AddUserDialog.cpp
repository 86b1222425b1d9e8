#include "backoffice/AddUserDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

AddUserDialog::AddUserDialog(UserService& users, Session actor, QWidget* parent)
    : QDialog(parent), m_users(users), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    auto edit = [this](const char* name, bool secret) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        if (secret) {
            e->setEchoMode(QLineEdit::Password);
            e->setInputMethodHints(Qt::ImhDigitsOnly);
        }
        return e;
    };
    m_name = edit("name", false);
    m_display = edit("displayName", false);
    m_pin = edit("pin", true);
    m_pinAgain = edit("pinAgain", true);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : {Role::Cashier, Role::Supervisor, Role::Manager, Role::Admin})
        m_role->addItem(roleDisplayName(roleName(r)), roleName(r));
    auto* form = new QFormLayout;
    form->addRow(tr("Sign-in name"), m_name);
    form->addRow(tr("Display name"), m_display);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("PIN"), m_pin);
    form->addRow(tr("PIN again"), m_pinAgain);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool AddUserDialog::save()
{
    if (m_pin->text() != m_pinAgain->text()) {
        m_error->setText(tr("The two PINs are not the same."));
        return false;
    }
    auto added = m_users.add(m_actor, m_name->text().trimmed(), m_display->text().trimmed(),
                             m_role->currentData().toString(), m_pin->text());
    if (!added) {
        m_error->setText(added.message());
        return false;
    }
    return true;
}

} // namespace patron::ui
