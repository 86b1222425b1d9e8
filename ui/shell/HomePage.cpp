#include "shell/HomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

HomePage::HomePage(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addStretch();
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("welcome"));
    m_user->setProperty("role", QStringLiteral("title"));
    m_user->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_user);
    m_store = new QLabel(this);
    m_store->setProperty("role", QStringLiteral("hint"));
    m_store->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_store);
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* lock = new QPushButton(tr("Lock (F12)"), this);
    lock->setObjectName(QStringLiteral("lock"));
    lock->setMinimumSize(160, 48);
    auto* signOut = new QPushButton(tr("Sign out"), this);
    signOut->setObjectName(QStringLiteral("signOut"));
    signOut->setMinimumSize(160, 48);
    row->addWidget(lock);
    row->addWidget(signOut);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    connect(lock, &QPushButton::clicked, this, &HomePage::lockRequested);
    connect(signOut, &QPushButton::clicked, this, &HomePage::signOutRequested);
}

void HomePage::setUser(const QString& displayName, const QString& role)
{
    m_user->setText(tr("Welcome, %1 (%2)").arg(displayName, role));
}

void HomePage::setStore(const QString& description) { m_store->setText(description); }

} // namespace patron::ui
