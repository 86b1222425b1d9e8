#include "till/ManagerPinDialog.h"

#include "auth/Permissions.h"
#include "common/PinPad.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

ManagerPinDialog::ManagerPinDialog(UserService& users, QString permission, const QString& why, QWidget* parent)
    : QDialog(parent), m_users(users), m_permission(std::move(permission))
{
    setWindowTitle(tr("Manager approval"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("%1\nNeeds: %2").arg(why, permissionDisplayName(m_permission)), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("manager"));
    if (auto list = m_users.list())
        for (const User& u : *list)
            if (!u.disabled && m_users.permissionsOf(u.role).contains(m_permission))
                m_manager->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.name);
    layout->addWidget(m_manager);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("Manager PIN"));
    layout->addWidget(m_pin);
    auto* pad = new PinPad(m_pin, this);
    layout->addWidget(pad);
    m_error = new QLabel(this);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    connect(pad, &PinPad::accepted, this, &ManagerPinDialog::tryAuthorize);
    connect(m_pin, &QLineEdit::returnPressed, this, &ManagerPinDialog::tryAuthorize);
}

void ManagerPinDialog::tryAuthorize()
{
    auto session = m_users.authorizeOverride(m_manager->currentData().toString(), m_pin->text(), m_permission);
    m_pin->clear();
    if (!session) {
        m_error->setText(session.message());
        return;
    }
    m_session = *session;
    accept();
}

} // namespace patron::ui
