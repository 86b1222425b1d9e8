#include "backoffice/LoyaltyRulesPage.h"

#include "backoffice/LoyaltyRulesForm.h"
#include "backoffice/LoyaltyRulesPreview.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "members/LoyaltyRuleBook.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

LoyaltyRulesPage::LoyaltyRulesPage(LoyaltyRuleBook& book, const Clock& clock, const QString& currency, Session actor,
                                   Dialogs& dialogs, bool headOfficeOwned, QWidget* parent)
    : QWidget(parent), m_book(book), m_clock(clock), m_actor(std::move(actor)), m_dialogs(dialogs),
      m_readOnly(headOfficeOwned || !m_actor.can(perm::RulesEdit))
{
    setObjectName(QStringLiteral("loyaltyRulesPage"));
    auto* note = new QLabel(this);
    note->setObjectName(QStringLiteral("readOnlyNote"));
    note->setWordWrap(true);
    note->setText(headOfficeOwned ? tr("This till is joined to head office, which owns the loyalty rules: they arrive "
                                       "with sync and can only be viewed here.")
                                  : QString());
    note->setVisible(headOfficeOwned);

    m_form = new LoyaltyRulesForm(currency, this);
    m_form->setEditable(!m_readOnly);
    m_preview = new LoyaltyRulesPreview(currency, this);
    auto* previewButton = new QPushButton(tr("Preview"), this);
    previewButton->setObjectName(QStringLiteral("preview"));
    auto* previewBox = new QGroupBox(tr("Preview on an example"), this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(previewButton);

    m_versions = new QListWidget(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    auto* versionsBox = new QGroupBox(tr("Versions"), this);
    auto* versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    m_save = new QPushButton(tr("Save as new version"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setEnabled(!m_readOnly);

    auto* side = new QVBoxLayout;
    side->addWidget(previewBox);
    side->addWidget(versionsBox, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_form, 3);
    body->addLayout(side, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    connect(previewButton, &QPushButton::clicked, this, &LoyaltyRulesPage::preview);
    connect(m_save, &QPushButton::clicked, this, &LoyaltyRulesPage::save);
    connect(m_versions, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { loadVersion(item->data(Qt::UserRole).toInt()); });
    reload();
}

void LoyaltyRulesPage::reload()
{
    const LoyaltyRules& current = m_book.current();
    m_form->setDocument(current.toJson());
    m_preview->setTiers(current);
    m_versions->clear();
    const QList<int> versions = m_book.versions();
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        auto* item = new QListWidgetItem(*it == current.version ? tr("Version %1 (in force)").arg(*it) : tr("Version %1").arg(*it),
                                         m_versions);
        item->setData(Qt::UserRole, *it);
    }
    if (versions.isEmpty())
        new QListWidgetItem(tr("Defaults (never saved)"), m_versions);
}

bool LoyaltyRulesPage::preview()
{
    auto rules = m_form->rules();
    if (!rules) {
        m_error->setText(rules.error().message);
        return false;
    }
    m_error->clear();
    m_preview->setTiers(*rules);
    return m_preview->showExample(*rules, m_clock.now().date());
}

int LoyaltyRulesPage::save()
{
    if (m_readOnly)
        return 0;
    auto doc = m_form->document();
    if (!doc) {
        m_error->setText(doc.error().message);
        return 0;
    }
    auto saved = m_book.set(m_actor, *doc);
    if (!saved) {
        m_error->setText(saved.error().message);
        return 0;
    }
    m_error->clear();
    reload();
    m_dialogs.information(this, tr("Loyalty rules"), tr("Saved as version %1; it applies from now on.").arg(saved->version));
    return saved->version;
}

bool LoyaltyRulesPage::loadVersion(int number)
{
    auto rules = m_book.version(number);
    if (!rules) {
        m_error->setText(rules.error().message);
        return false;
    }
    m_form->setDocument(rules->toJson());
    m_preview->setTiers(*rules);
    m_error->setText(tr("Showing version %1; saving makes it a new version.").arg(number));
    return true;
}

} // namespace patron::ui
