#include "backoffice/AuditPage.h"

#include "auth/AuditLog.h"
#include "common/Dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
// The date edits show "any" at their minimum: no bound on that side.
const QDate kNoDate(2000, 1, 1);
} // namespace

AuditPage::AuditPage(Database& db, const AuditLog& audit, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent), m_query(db), m_audit(audit), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("auditPage"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    auto dateEdit = [this](const char* name) {
        auto* d = new QDateEdit(this);
        d->setObjectName(QString::fromLatin1(name));
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMinimumDate(kNoDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kNoDate);
        return d;
    };
    m_from = dateEdit("fromDate");
    m_to = dateEdit("toDate");
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_user, 1);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action, 1);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To"), this));
    filters->addWidget(m_to);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("audit"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Time"), tr("User"), tr("Action"), tr("Subject")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_newer = new QPushButton(tr("< Newer"), this);
    m_newer->setObjectName(QStringLiteral("newer"));
    m_older = new QPushButton(tr("Older >"), this);
    m_older->setObjectName(QStringLiteral("older"));
    auto* verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyChain"));
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_newer);
    bottom->addWidget(m_older);
    bottom->addStretch();
    bottom->addWidget(m_verifyResult, 2);
    bottom->addWidget(verify);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(bottom);

    m_user->addItem(tr("Everyone"), QString());
    m_action->addItem(tr("All actions"), QString());
    if (auto users = m_query.users())
        for (const QString& u : *users)
            m_user->addItem(u, u);
    if (auto actions = m_query.actions())
        for (const QString& a : *actions)
            m_action->addItem(a, a);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_older, &QPushButton::clicked, this, &AuditPage::olderPage);
    connect(m_newer, &QPushButton::clicked, this, &AuditPage::newerPage);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    reload();
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    return f;
}

void AuditPage::reload()
{
    m_pageStarts.clear();
    showPage(0);
}

void AuditPage::olderPage()
{
    if (m_nextBefore > 0)
        showPage(m_nextBefore);
}

void AuditPage::newerPage()
{
    if (m_pageStarts.size() < 2)
        return;
    m_pageStarts.removeLast();
    showPage(m_pageStarts.takeLast());
}

void AuditPage::showPage(qint64 beforeId)
{
    // One row more than a page tells whether an older page exists.
    auto rows = m_query.page(filter(), beforeId, kPageSize + 1);
    if (!rows) {
        m_dialogs.warning(this, tr("Audit log"), rows.message());
        return;
    }
    const bool more = rows->size() > kPageSize;
    if (more)
        rows->removeLast();
    m_pageStarts.append(beforeId);
    m_nextBefore = more ? rows->last().id : 0;
    m_table->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const AuditRecord& r = rows->at(i);
        const QStringList cells = {QString::number(r.id), r.at, r.user, r.action, r.subject};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(r.details);
            m_table->setItem(i, c, item);
        }
    }
    m_older->setEnabled(more);
    m_newer->setEnabled(m_pageStarts.size() > 1);
}

void AuditPage::verifyChain()
{
    const AuditVerification v = m_audit.verify();
    if (v.ok) {
        m_verifyResult->setText(tr("The chain is intact: %n record(s) checked.", nullptr, int(v.records)));
        m_dialogs.information(this, tr("Audit log"), m_verifyResult->text());
    } else {
        m_verifyResult->setText(tr("Broken at record %1: %2").arg(v.firstBrokenId).arg(v.problem));
        m_dialogs.warning(this, tr("Audit log"), m_verifyResult->text());
    }
}

} // namespace patron::ui
