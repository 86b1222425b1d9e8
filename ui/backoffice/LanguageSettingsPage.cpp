#include "backoffice/LanguageSettingsPage.h"

#include "store/TillSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

LanguageSettingsPage::LanguageSettingsPage(TillSettings& settings, QWidget* parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("languagePage"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language's own name, so a reader of the other one can still find theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int current = m_language->findData(settings.language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The language applies the next time Patron starts on this till."));
    auto* form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addWidget(m_note);
    layout->addStretch();
    connect(saveButton, &QPushButton::clicked, this, &LanguageSettingsPage::save);
}

void LanguageSettingsPage::save()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    m_note->setText(tr("Saved: %1. Restart Patron to use it.").arg(m_language->currentText()));
}

} // namespace patron::ui
