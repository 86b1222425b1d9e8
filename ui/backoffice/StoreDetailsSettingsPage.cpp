#include "backoffice/StoreDetailsSettingsPage.h"

#include "common/Dialogs.h"
#include "store/Store.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patron::ui {

StoreDetailsSettingsPage::StoreDetailsSettingsPage(Store& store, StoreSettings& settings, AuditLog& audit, Session actor,
                                                   bool joined, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_details(store, settings, audit), m_actor(std::move(actor)), m_joined(joined), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("storeDetailsPage"));
    const StoreDetails d = m_details.load();
    auto field = [this](const char* name, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_name = field("name", d.name);
    m_name->setReadOnly(joined);
    m_address = field("address", d.address);
    m_phone = field("phone", d.phone);
    m_taxId = field("taxId", d.taxId);
    auto* codes = new QLabel(tr("Store %1 · till %2").arg(store.identity().storeCode, store.identity().tillCode), this);
    codes->setObjectName(QStringLiteral("codes"));
    codes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Store name"), m_name);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Tax id"), m_taxId);
    form->addRow(tr("Codes"), codes);
    auto* note = new QLabel(joined ? tr("This till is joined to head office, which owns the store's name and codes.")
                                   : tr("The codes cannot change: they are in every receipt number. A new name "
                                        "shows in the window title after the next start."),
                            this);
    note->setObjectName(QStringLiteral("note"));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The address, phone and tax id print in the receipt header."), this));
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(saveButton, &QPushButton::clicked, this, &StoreDetailsSettingsPage::save);
}

bool StoreDetailsSettingsPage::save()
{
    StoreDetails d;
    d.name = m_name->text();
    d.address = m_address->text();
    d.phone = m_phone->text();
    d.taxId = m_taxId->text();
    const auto saved = m_details.save(m_actor, d, m_joined);
    if (!saved) {
        m_error->setText(saved.message());
        m_dialogs.warning(this, tr("Store details"), saved.message());
        return false;
    }
    m_error->clear();
    m_dialogs.information(this, tr("Store details"), tr("Saved."));
    return true;
}

} // namespace patron::ui
