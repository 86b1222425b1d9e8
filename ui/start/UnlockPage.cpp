#include "start/UnlockPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

UnlockPage::UnlockPage(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch();
    auto* title = new QLabel(tr("Unlock the store"), this);
    title->setProperty("role", QStringLiteral("title"));
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    m_store = new QLabel(this);
    m_store->setAlignment(Qt::AlignCenter);
    m_store->setProperty("role", QStringLiteral("hint"));
    outer->addWidget(m_store);
    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    m_pass->setPlaceholderText(tr("Recovery passphrase"));
    m_pass->setMaximumWidth(480);
    outer->addWidget(m_pass, 0, Qt::AlignHCenter);
    m_remember = new QCheckBox(tr("Remember on this computer (system keychain)"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    outer->addWidget(m_remember, 0, Qt::AlignHCenter);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    outer->addWidget(m_error);
    auto* unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setProperty("accent", true);
    unlock->setMinimumSize(200, 48);
    outer->addWidget(unlock, 0, Qt::AlignHCenter);
    outer->addStretch();

    auto submit = [this] {
        m_error->clear();
        emit unlockRequested(m_pass->text().toUtf8(), m_remember->isChecked());
    };
    connect(unlock, &QPushButton::clicked, this, submit);
    connect(m_pass, &QLineEdit::returnPressed, this, submit);
    setFocusProxy(m_pass);
}

void UnlockPage::setStoreDescription(const QString& text) { m_store->setText(text); }

void UnlockPage::showError(const QString& message)
{
    m_error->setText(message);
    m_pass->selectAll();
    m_pass->setFocus();
}

void UnlockPage::reset()
{
    m_pass->clear();
    m_error->clear();
}

} // namespace patron::ui
