#include "till/MemberDetailsDialog.h"

#include "auth/Permissions.h"
#include "members/MembersModule.h"
#include "money/Money.h"
#include "shell/TillSession.h"
#include "till/PlaceholderWidth.h"
#include "till/RecentReceipts.h"
#include "till/TillFormat.h"
#include "till/TillPrompts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
constexpr int kHistoryCount = 30;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
} // namespace

MemberDetailsDialog::MemberDetailsDialog(TillSession& session, TillPrompts& prompts, qint64 memberId, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompts(prompts), m_memberId(memberId)
{
    setObjectName(QStringLiteral("memberDetailsDialog"));
    setWindowTitle(tr("Member details"));
    setMinimumSize(560, 520);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("memberTabs"));
    layout->addWidget(tabs, 1);

    auto* edit = new QWidget(tabs);
    auto* form = new QFormLayout(edit);
    m_name = new QLineEdit(edit);
    m_name->setObjectName(QStringLiteral("editName"));
    m_mobile = new QLineEdit(edit);
    m_mobile->setObjectName(QStringLiteral("editMobile"));
    m_mobile->setAttribute(Qt::WA_InputMethodEnabled, false);  // digits only
    m_birthday = new QLineEdit(edit);
    m_birthday->setObjectName(QStringLiteral("editBirthday"));
    m_birthday->setPlaceholderText(tr("e.g. 1990-05-20 (empty: none)"));
    fitPlaceholder(m_birthday);
    m_notes = new QLineEdit(edit);
    m_notes->setObjectName(QStringLiteral("editNotes"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Mobile"), m_mobile);
    form->addRow(tr("Birthday"), m_birthday);
    form->addRow(tr("Notes"), m_notes);
    m_message = new QLabel(edit);
    m_message->setObjectName(QStringLiteral("editMessage"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto* saveButton = new QPushButton(tr("Save (Enter)"), edit);
    saveButton->setObjectName(QStringLiteral("saveMember"));
    saveButton->setProperty("accent", true);
    saveButton->setMinimumHeight(48);
    form->addRow(saveButton);
    tabs->addTab(edit, tr("Edit"));

    auto* history = new QWidget(tabs);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(new QLabel(tr("Recent receipts:"), history));
    m_receipts = new QListWidget(history);
    m_receipts->setObjectName(QStringLiteral("memberReceipts"));
    historyLayout->addWidget(m_receipts, 1);
    historyLayout->addWidget(new QLabel(tr("Points:"), history));
    m_points = new QListWidget(history);
    m_points->setObjectName(QStringLiteral("memberPointsHistory"));
    historyLayout->addWidget(m_points, 1);
    tabs->addTab(history, tr("History"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    // Enter in any field presses Save, once; never Close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &MemberDetailsDialog::save);
    load();
    m_name->setFocus();
}

QString MemberDetailsDialog::message() const { return m_message->text(); }

void MemberDetailsDialog::load()
{
    auto member = m_session.members().members().byId(m_memberId);
    if (!member) {
        m_message->setText(member.message());
        return;
    }
    m_name->setText(member->name);
    m_mobile->setText(member->mobile);
    m_birthday->setText(member->birthday.isValid() ? member->birthday.toString(kDateFormat) : QString());
    m_notes->setText(member->notes);

    m_receipts->clear();
    if (auto receipts = memberReceipts(m_session.store().db(), m_memberId, kHistoryCount)) {
        for (const RecentReceipt& r : *receipts) {
            const QString when = QDateTime::fromString(r.createdAt, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            m_receipts->addItem(r.isReturn ? tr("%1  %2  return %3").arg(when, r.receiptNo, yuan(-r.totalMinor))
                                           : tr("%1  %2  %3").arg(when, r.receiptNo, yuan(r.totalMinor)));
        }
    } else {
        m_receipts->addItem(receipts.message());
    }
    m_points->clear();
    if (auto entries = m_session.members().points().entries(m_memberId)) {
        // Newest first, as the receipts.
        for (auto it = entries->crbegin(); it != entries->crend() && m_points->count() < kHistoryCount; ++it)
            m_points->addItem(tr("%1  %2  %3").arg(it->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), it->kind)
                                  .arg(it->amount > 0 ? QStringLiteral("+%1").arg(it->amount) : QString::number(it->amount)));
    } else {
        m_points->addItem(entries.message());
    }
}

bool MemberDetailsDialog::save()
{
    MemberFields fields;
    fields.name = m_name->text().trimmed();
    fields.mobile = normalizeDigits(m_mobile->text().trimmed());
    fields.notes = m_notes->text().trimmed();
    const QString birthday = m_birthday->text().trimmed();
    fields.birthday = birthday.isEmpty() ? QDate() : QDate::fromString(birthday, kDateFormat);
    if (!birthday.isEmpty() && !fields.birthday->isValid()) {
        m_message->setText(tr("Type the birthday as year-month-day, such as 1990-05-20."));
        return false;
    }
    MemberService& members = m_session.members().members();
    auto done = members.edit(*m_session.user(), m_memberId, fields);
    if (!done && done.code() == ErrorCode::PermissionDenied) {
        const auto manager = m_prompts.managerOverride(this, m_session.users(), perm::MemberEdit,
                                                       tr("Edit member %1").arg(maskedMobile(m_mobile->text())));
        if (!manager) {
            m_message->setText(done.message());
            return false;
        }
        done = members.edit(*manager, m_memberId, fields);
    }
    if (!done) {
        m_message->setText(done.message());
        return false;
    }
    m_message->clear();
    load();
    emit edited();
    return true;
}

} // namespace patron::ui
