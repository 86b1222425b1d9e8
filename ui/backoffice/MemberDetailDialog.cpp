#include "backoffice/MemberDetailDialog.h"

#include "backoffice/FileChooser.h"
#include "backoffice/MemberAdjustPanel.h"
#include "backoffice/MemberHistoryView.h"
#include "backoffice/MemberProfileForm.h"
#include "backoffice/ProductTableModel.h"
#include "common/Dialogs.h"
#include "members/MembersModule.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace patron::ui {

MemberDetailDialog::MemberDetailDialog(Database& db, MembersModule& members, Session actor, Dialogs& dialogs,
                                       FileChooser& files, std::optional<qint64> memberId, QWidget* parent)
    : QDialog(parent), m_members(members), m_actor(std::move(actor)), m_dialogs(dialogs), m_files(files),
      m_memberId(memberId.value_or(0))
{
    setObjectName(QStringLiteral("memberDetailDialog"));
    setWindowTitle(memberId ? tr("Member") : tr("New member"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_profile = new MemberProfileForm(m_tabs);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_tabs->addTab(m_profile, tr("Profile"));
    if (memberId) {
        m_history = new MemberHistoryView(db, members, m_tabs);
        m_tabs->addTab(m_history, tr("History"));
        m_adjust = new MemberAdjustPanel(members, m_actor, dialogs, m_tabs);
        m_tabs->addTab(m_adjust, tr("Adjust balances"));
        connect(m_adjust, &MemberAdjustPanel::changed, this, [this] {
            load();
            emit memberChanged();
        });
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_export = buttons->addButton(tr("Export data…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportData"));
    m_erase = buttons->addButton(tr("Erase…"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("erase"));
    auto* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("close"));
    m_export->setVisible(memberId.has_value());
    m_erase->setVisible(memberId.has_value() && m_actor.can(perm::MemberErase));
    connect(m_save, &QPushButton::clicked, this, &MemberDetailDialog::save);
    connect(m_export, &QPushButton::clicked, this, &MemberDetailDialog::exportData);
    connect(m_erase, &QPushButton::clicked, this, &MemberDetailDialog::erase);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 560);
    if (memberId)
        load();
}

void MemberDetailDialog::load()
{
    auto member = m_members.members().byId(m_memberId);
    if (!member) {
        m_error->setText(member.error().message);
        return;
    }
    m_profile->setMember(*member);
    const bool erased = member->isErased();
    m_profile->setEnabled(!erased);
    m_save->setEnabled(!erased);
    m_erase->setEnabled(!erased);
    if (m_adjust) {
        m_adjust->setMember(m_memberId);
        m_adjust->setEnabled(!erased);
    }
    const TierRule* tier = m_members.rules().current().tier(member->tierCode);
    QString summary = tr("Card %1 · %2 · %3 points · stored value %4 (bonus %5) · %n visit(s)", nullptr, int(member->visits))
                          .arg(member->cardNo, tier ? tier->name : member->tierCode)
                          .arg(member->pointsBalance)
                          .arg(ProductTableModel::formatMinor(member->walletBalanceMinor()),
                               ProductTableModel::formatMinor(member->walletBonusMinor));
    if (erased)
        summary = tr("This member was erased; the ledgers are kept as numbers.");
    else if (auto distance = m_members.tiers().distanceToNextTier(m_memberId); distance && !distance->text.isEmpty())
        summary += u'\n' + distance->text;
    m_summary->setText(summary);
    if (m_history) {
        const QString error = m_history->load(m_memberId);
        if (!error.isEmpty())
            m_error->setText(error);
    }
}

bool MemberDetailDialog::save()
{
    auto fields = m_profile->fields();
    if (!fields) {
        m_error->setText(fields.error().message);
        return false;
    }
    auto saved = m_memberId ? m_members.members().edit(m_actor, m_memberId, *fields)
                            : m_members.members().registerMember(m_actor, *fields);
    if (!saved) {
        m_error->setText(saved.error().message);
        return false;
    }
    m_memberId = saved->id;
    m_error->clear();
    emit memberChanged();
    accept();
    return true;
}

bool MemberDetailDialog::exportData()
{
    const QString title = tr("Export member data");
    auto data = m_members.privacy().exportMember(m_actor, m_memberId);
    if (!data) {
        m_dialogs.warning(this, title, data.error().message);
        return false;
    }
    const QString path = m_files.saveFile(this, title, QStringLiteral("member-%1.json").arg(m_memberId),
                                          tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*data).toJson()) < 0 || !file.commit()) {
        m_dialogs.warning(this, title, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_dialogs.information(this, title, tr("The member's data was saved to %1.").arg(path));
    return true;
}

bool MemberDetailDialog::erase()
{
    const QString title = tr("Erase member");
    if (!m_dialogs.confirm(this, title,
                           tr("Erase this member's personal data? Name, mobile, card and contact details are removed "
                              "for good; points and stored-value records stay as numbers. This cannot be undone.")))
        return false;
    auto erased = m_members.privacy().erase(m_actor, m_memberId, tr("Erased at the member's request"));
    if (!erased) {
        m_dialogs.warning(this, title, erased.error().message);
        return false;
    }
    load();
    emit memberChanged();
    return true;
}

} // namespace patron::ui
