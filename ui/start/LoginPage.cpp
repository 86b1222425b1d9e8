#include "start/LoginPage.h"

#include "common/PinPad.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace patron::ui {

LoginPage::LoginPage(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 24, 48, 24);
    outer->addStretch();
    auto* title = new QLabel(tr("Sign in"), this);
    title->setProperty("role", QStringLiteral("title"));
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    m_store = new QLabel(this);
    m_store->setAlignment(Qt::AlignCenter);
    m_store->setProperty("role", QStringLiteral("hint"));
    outer->addWidget(m_store);

    auto* column = new QWidget(this);
    column->setMaximumWidth(360);
    auto* col = new QVBoxLayout(column);
    col->setContentsMargins(0, 0, 0, 0);
    m_user = new QComboBox(column);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setMinimumHeight(44);
    col->addWidget(m_user);
    m_pin = new QLineEdit(column);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly);
    m_pin->setAttribute(Qt::WA_InputMethodEnabled, false);  // digits, not an IME composition
    col->addWidget(m_pin);
    auto* pad = new PinPad(m_pin, column);
    col->addWidget(pad);
    outer->addWidget(column, 0, Qt::AlignHCenter);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    outer->addWidget(m_error);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setProperty("role", QStringLiteral("hint"));
    m_hint->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_hint);
    outer->addStretch();

    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(pad, &PinPad::accepted, this, &LoginPage::submit);
    setFocusProxy(m_pin);
}

void LoginPage::setUsers(const QList<std::pair<QString, QString>>& users, const QString& preselect)
{
    m_user->clear();
    for (const auto& [name, display] : users)
        m_user->addItem(display == name ? name : QStringLiteral("%1 (%2)").arg(display, name), name);
    const int i = m_user->findData(preselect);
    if (i >= 0)
        m_user->setCurrentIndex(i);
}

void LoginPage::setStoreDescription(const QString& text) { m_store->setText(text); }
void LoginPage::setHint(const QString& text) { m_hint->setText(text); }

void LoginPage::submit()
{
    // Enter on an empty field (a key pressed while the store was still opening, or a stray
    // press) is not a PIN: it must not count as a failed attempt towards the lockout.
    if (m_pin->text().isEmpty()) {
        m_error->setText(tr("Enter your PIN."));
        m_pin->setFocus();
        return;
    }
    m_error->clear();
    emit loginRequested(m_user->currentData().toString(), m_pin->text());
}

void LoginPage::showError(const QString& message)
{
    m_error->setText(message);
    m_pin->clear();
    m_pin->setFocus();
}

void LoginPage::reset()
{
    m_pin->clear();
    m_error->clear();
}

} // namespace patron::ui
