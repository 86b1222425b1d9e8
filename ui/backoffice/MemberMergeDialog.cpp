#include "backoffice/MemberMergeDialog.h"

#include "common/Dialogs.h"
#include "members/MembersModule.h"
#include "money/Money.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
enum Column { FieldColumn, SurvivorColumn, MergedColumn, TakeColumn };

QString profileValue(const Member& m, const QString& field)
{
    if (field == u"name") return m.name;
    if (field == u"mobile") return m.mobile;
    if (field == u"card") return m.cardNo;
    if (field == u"gender") return m.gender;
    if (field == u"birthday") return m.birthday.isValid() ? m.birthday.toString(Qt::ISODate) : QString();
    if (field == u"email") return m.email;
    if (field == u"region") return m.region;
    if (field == u"tags") return m.tags.join(u',');
    if (field == u"notes") return m.notes;
    return {};
}
} // namespace

MemberMergeDialog::MemberMergeDialog(Database& db, const Clock& clock, MembersModule& members, AuditLog& audit,
                                     Outbox& outbox, Session actor, Dialogs& dialogs, QWidget* parent)
    : QDialog(parent), m_members(members), m_merge(db, clock, audit, outbox, members.members(), members.searchIndex(), members.tiers()),
      m_actor(std::move(actor)), m_dialogs(dialogs),
      m_currency(db.queryText("SELECT value FROM meta WHERE key = 'currency'").value_or(QStringLiteral("CNY")))
{
    setObjectName(QStringLiteral("memberMerge"));
    setWindowTitle(tr("Merge duplicate members"));
    resize(820, 640);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_survivorRef = new QLineEdit(this);
    m_survivorRef->setObjectName(QStringLiteral("survivorRef"));
    m_survivorRef->setPlaceholderText(tr("Keep: mobile, card or id:N"));
    m_mergedRef = new QLineEdit(this);
    m_mergedRef->setObjectName(QStringLiteral("mergedRef"));
    m_mergedRef->setPlaceholderText(tr("Merge into it: mobile, card or id:N"));
    auto* compareButton = new QPushButton(tr("Compare"), this);
    compareButton->setObjectName(QStringLiteral("compare"));
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_survivorRef);
    pick->addWidget(m_mergedRef);
    pick->addWidget(compareButton);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Kept member"), tr("Merged member"), tr("Take merged's")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("error"));  // the till style's error look (common/Style.cpp)
    m_error->setWordWrap(true);

    auto* swapButton = new QPushButton(tr("Swap sides"), this);
    swapButton->setObjectName(QStringLiteral("swap"));
    m_mergeButton = new QPushButton(tr("Merge"), this);
    m_mergeButton->setObjectName(QStringLiteral("merge"));
    m_mergeButton->setEnabled(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(swapButton);
    buttons->addWidget(m_mergeButton);
    buttons->addStretch();
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Likely duplicates (same name, one without a mobile):"), this));
    layout->addWidget(m_candidates, 1);
    layout->addWidget(new QLabel(tr("Or pick two members by hand:"), this));
    layout->addLayout(pick);
    layout->addWidget(m_table, 3);
    auto* consequence = new QLabel(tr("Points, stored value (principal and bonus), coupons, count cards and sales of "
                                      "the merged member move to the kept one. This cannot be undone."),
                                   this);
    consequence->setObjectName(QStringLiteral("consequence"));
    consequence->setWordWrap(true);  // the English sentence alone is wider than the dialog
    layout->addWidget(consequence);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(compareButton, &QPushButton::clicked, this, [this] { compareRefs(m_survivorRef->text(), m_mergedRef->text()); });
    connect(m_candidates, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pairs.size())
            compare(m_pairs[row].first.id, m_pairs[row].second.id);
    });
    connect(swapButton, &QPushButton::clicked, this, &MemberMergeDialog::swap);
    connect(m_mergeButton, &QPushButton::clicked, this, &MemberMergeDialog::mergeNow);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadCandidates();
}

void MemberMergeDialog::loadCandidates()
{
    m_candidates->clear();
    auto pairs = m_merge.duplicates();
    if (!pairs) {
        m_error->setText(pairs.message());
        return;
    }
    m_pairs = *pairs;
    for (const DuplicateCandidate& d : m_pairs)
        m_candidates->addItem(tr("%1 (id:%2, %3)  ~  %4 (id:%5, %6)")
                                  .arg(d.first.name)
                                  .arg(d.first.id)
                                  .arg(d.first.mobile.isEmpty() ? tr("no mobile") : d.first.mobile, d.second.name)
                                  .arg(d.second.id)
                                  .arg(d.second.mobile.isEmpty() ? tr("no mobile") : d.second.mobile));
}

bool MemberMergeDialog::compare(qint64 survivorId, qint64 mergedId)
{
    auto survivor = m_members.members().byId(survivorId);
    auto merged = m_members.members().byId(mergedId);
    if (!survivor || !merged) {
        m_error->setText(!survivor ? survivor.message() : merged.message());
        return false;
    }
    m_survivor = *survivor;
    m_merged = *merged;
    fill();
    return true;
}

bool MemberMergeDialog::compareRefs(const QString& survivorRef, const QString& mergedRef)
{
    auto survivor = m_members.members().resolve(survivorRef.trimmed());
    auto merged = m_members.members().resolve(mergedRef.trimmed());
    if (!survivor || !merged) {
        m_error->setText(!survivor ? survivor.message() : merged.message());
        return false;
    }
    return compare(survivor->id, merged->id);
}

void MemberMergeDialog::swap()
{
    if (!m_survivor || !m_merged)
        return;
    std::swap(m_survivor, m_merged);
    fill();
}

void MemberMergeDialog::fill()
{
    m_error->clear();
    const Member& a = *m_survivor;
    const Member& b = *m_merged;
    const QStringList labels = {tr("Name"), tr("Mobile"), tr("Card"),   tr("Gender"), tr("Birthday"),
                                tr("E-mail"), tr("Region"), tr("Tags"), tr("Notes")};
    const QStringList& fields = mergeableProfileFields();
    auto money = [this](qint64 minor) { return Money(minor, m_currency).toDisplayString(); };
    const QList<std::tuple<QString, QString, QString>> balances = {
        {tr("Points"), QString::number(a.pointsBalance), QString::number(b.pointsBalance)},
        {tr("Stored value (principal)"), money(a.walletPrincipalMinor), money(b.walletPrincipalMinor)},
        {tr("Stored value (bonus)"), money(a.walletBonusMinor), money(b.walletBonusMinor)},
        {tr("Visits"), QString::number(a.visits), QString::number(b.visits)},
        {tr("Tier"), a.tierCode, b.tierCode},
        {tr("Member id"), QStringLiteral("id:%1").arg(a.id), QStringLiteral("id:%1").arg(b.id)}};
    m_table->setRowCount(int(fields.size() + balances.size()));
    auto cell = [this](int row, int column, const QString& text) {
        m_table->setItem(row, column, new QTableWidgetItem(text));
    };
    for (int r = 0; r < fields.size(); ++r) {
        cell(r, FieldColumn, labels.value(r, fields[r]));
        cell(r, SurvivorColumn, profileValue(a, fields[r]));
        cell(r, MergedColumn, profileValue(b, fields[r]));
        auto* take = new QTableWidgetItem;
        take->setData(Qt::UserRole, fields[r]);
        const bool differs = profileValue(a, fields[r]) != profileValue(b, fields[r]);
        // Only a value the kept member lacks is taken by default; the manager decides the rest.
        const bool fill = differs && profileValue(a, fields[r]).isEmpty() && !profileValue(b, fields[r]).isEmpty();
        take->setFlags(differs ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled : Qt::NoItemFlags);
        take->setCheckState(fill ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, TakeColumn, take);
    }
    for (int i = 0; i < balances.size(); ++i) {
        const int r = int(fields.size()) + i;
        cell(r, FieldColumn, std::get<0>(balances[i]));
        cell(r, SurvivorColumn, std::get<1>(balances[i]));
        cell(r, MergedColumn, std::get<2>(balances[i]));
        cell(r, TakeColumn, QString());
    }
    m_mergeButton->setEnabled(a.id != b.id && MemberMerge::allowed(m_actor));
    if (a.id == b.id)
        m_error->setText(tr("Both sides are the same member."));
}

void MemberMergeDialog::takeFromMerged(const QString& field, bool take)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem* item = m_table->item(r, TakeColumn);
        if (item && item->data(Qt::UserRole).toString() == field && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(take ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList MemberMergeDialog::takenFields() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* item = m_table->item(r, TakeColumn);
        if (item && item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    return out;
}

bool MemberMergeDialog::mergeNow()
{
    if (!m_survivor || !m_merged)
        return false;
    auto profile = profileFieldsOf(*m_merged, takenFields());
    if (!profile) {
        m_error->setText(profile.message());
        return false;
    }
    if (!m_dialogs.confirm(this, tr("Merge members"),
                           tr("Merge %1 (id:%2) into %3 (id:%4)? This cannot be undone.")
                               .arg(m_merged->name)
                               .arg(m_merged->id)
                               .arg(m_survivor->name)
                               .arg(m_survivor->id)))
        return false;
    auto result = m_merge.merge(m_actor, {m_survivor->id, m_merged->id, *profile});
    if (!result) {
        m_error->setText(result.message());
        m_dialogs.warning(this, tr("Merge members"), result.message());
        return false;
    }
    m_dialogs.information(this, tr("Merge members"),
                          tr("Merged: %1 points and %2 stored value moved to id:%3.")
                              .arg(result->pointsMoved)
                              .arg(Money(result->principalMoved + result->bonusMoved, m_currency).toDisplayString())
                              .arg(result->survivor.id));
    const qint64 survivorId = result->survivor.id;
    m_survivor = result->survivor;
    m_merged.reset();
    m_table->setRowCount(0);
    m_mergeButton->setEnabled(false);
    loadCandidates();
    emit merged(survivorId);
    return true;
}

} // namespace patron::ui
