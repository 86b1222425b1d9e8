#include "start/FirstRunPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

FirstRunPage::FirstRunPage(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);
    auto* title = new QLabel(tr("Set up this till"), this);
    title->setProperty("role", QStringLiteral("title"));
    outer->addWidget(title);
    auto* hint = new QLabel(tr("The store is encrypted. Keep the recovery passphrase somewhere safe: "
                               "without it, a backup cannot be opened on another computer."), this);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("hint"));
    outer->addWidget(hint);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("storeName"));
    m_name->setPlaceholderText(tr("e.g. 南京路店"));
    m_storeCode = new QLineEdit(this);
    m_storeCode->setObjectName(QStringLiteral("storeCode"));
    m_storeCode->setPlaceholderText(tr("e.g. SH01"));
    m_tillCode = new QLineEdit(QStringLiteral("T1"), this);
    m_tillCode->setObjectName(QStringLiteral("tillCode"));
    m_currency = new QComboBox(this);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("SGD"),
                          QStringLiteral("USD"), QStringLiteral("EUR")});
    m_pass1 = new QLineEdit(this);
    m_pass1->setObjectName(QStringLiteral("passphrase"));
    m_pass1->setEchoMode(QLineEdit::Password);
    m_pass2 = new QLineEdit(this);
    m_pass2->setObjectName(QStringLiteral("passphraseAgain"));
    m_pass2->setEchoMode(QLineEdit::Password);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("adminPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly);
    form->addRow(tr("Store name"), m_name);
    form->addRow(tr("Store code"), m_storeCode);
    form->addRow(tr("Till code"), m_tillCode);
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Recovery passphrase"), m_pass1);
    form->addRow(tr("Passphrase again"), m_pass2);
    form->addRow(tr("Administrator PIN"), m_pin);
    outer->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    outer->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    auto* demo = new QPushButton(tr("Open the demo store"), this);
    demo->setObjectName(QStringLiteral("openDemo"));
    m_create = new QPushButton(tr("Create store"), this);
    m_create->setObjectName(QStringLiteral("createStore"));
    m_create->setProperty("accent", true);
    m_create->setDefault(true);
    buttons->addWidget(demo);
    buttons->addStretch();
    buttons->addWidget(m_create);
    outer->addLayout(buttons);
    outer->addStretch();

    connect(m_create, &QPushButton::clicked, this, &FirstRunPage::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &FirstRunPage::submit);
    connect(demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
}

void FirstRunPage::submit()
{
    if (m_pass1->text() != m_pass2->text()) {
        showError(tr("The two passphrases are different."));
        return;
    }
    NewStoreRequest r;
    r.identity.storeName = m_name->text().trimmed();
    r.identity.storeCode = m_storeCode->text().trimmed();
    r.identity.tillCode = m_tillCode->text().trimmed();
    r.identity.currency = m_currency->currentText();
    r.passphrase = m_pass1->text().toUtf8();
    r.adminPin = m_pin->text();
    m_error->clear();
    emit createRequested(r);
}

void FirstRunPage::showError(const QString& message) { m_error->setText(message); }

void FirstRunPage::reset()
{
    m_pass1->clear();
    m_pass2->clear();
    m_pin->clear();
    m_error->clear();
}

} // namespace patron::ui
