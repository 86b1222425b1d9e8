#include "backoffice/MembersPage.h"

#include "backoffice/FileChooser.h"
#include "backoffice/MemberDetailDialog.h"
#include "backoffice/MemberCsvRunner.h"
#include "backoffice/MemberImportReportDialog.h"
#include "backoffice/MemberListQuery.h"
#include "backoffice/MemberMergeDialog.h"
#include "backoffice/MemberTableModel.h"
#include "common/Dialogs.h"
#include "members/MemberImport.h"
#include "members/MemberMerge.h"
#include "members/MembersModule.h"
#include "members/RfmAnalysis.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace patron::ui {

MembersPage::MembersPage(Store& store, const Clock& clock, MembersModule& members, AuditLog& audit, Outbox& outbox,
                         Session actor, Dialogs& dialogs, FileChooser& files, QWidget* parent)
    : QWidget(parent), m_store(store), m_db(store.db()), m_clock(clock), m_audit(audit), m_outbox(outbox), m_members(members), m_actor(std::move(actor)), m_dialogs(dialogs), m_files(files),
      m_repository(std::make_unique<MemberRepository>(store.db(), clock)),
      m_rfm(std::make_unique<RfmAnalysis>(store.db(), clock)),
      m_query(std::make_unique<MemberListQuery>(members.members(), *m_repository, *m_rfm, clock)),
      m_model(new MemberTableModel(this)), m_csv(new MemberCsvRunner(store, clock, m_actor, this))
{
    setObjectName(QStringLiteral("membersPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search mobile, last 4 digits, card, name or initials"));
    m_search->setClearButtonEnabled(true);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setPlaceholderText(tr("Tag"));
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_region->setPlaceholderText(tr("Region"));
    m_birthdayMonth = new QComboBox(this);
    m_birthdayMonth->setObjectName(QStringLiteral("birthdayMonthFilter"));
    m_birthdayMonth->addItem(tr("Any birthday"), 0);
    for (int month = 1; month <= 12; ++month)
        m_birthdayMonth->addItem(tr("Birthday in %1").arg(QLocale().standaloneMonthName(month)), month);
    m_dormantDays = new QSpinBox(this);
    m_dormantDays->setObjectName(QStringLiteral("dormantFilter"));
    m_dormantDays->setRange(0, 3650);
    m_dormantDays->setSpecialValueText(tr("Any last visit"));
    m_dormantDays->setPrefix(tr("No visit for "));
    m_dormantDays->setSuffix(tr(" days"));
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->addItem(tr("Any RFM segment"), -1);
    for (int s = 0; s < kRfmSegmentCount; ++s)
        m_segment->addItem(rfmSegmentName(RfmSegment(s)), s);
    // Two rows: the search keeps room for its hint; the filters line up beneath it.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 3);
    searchRow->addWidget(m_tier, 1);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_tag, 1);
    filterRow->addWidget(m_region, 1);
    filterRow->addWidget(m_birthdayMonth);
    filterRow->addWidget(m_dormantDays);
    filterRow->addWidget(m_segment);
    auto* filters = new QVBoxLayout;
    filters->addLayout(searchRow);
    filters->addLayout(filterRow);

    auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto* add = button("newMember", tr("New member"));
    auto* import = button("importCsv", tr("Import CSV…"));
    m_skipBad = new QCheckBox(tr("Skip bad rows"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    auto* exportButton = button("exportCsv", tr("Export CSV…"));
    m_merge = button("mergeMembers", tr("Merge duplicates…"));
    m_merge->setVisible(MemberMerge::allowed(m_actor));
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(import);
    actions->addWidget(m_skipBad);
    actions->addWidget(exportButton);
    actions->addWidget(m_merge);
    actions->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    actions->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("members"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table);

    fillTiers();
    connect(m_search, &QLineEdit::textChanged, this, &MembersPage::refresh);
    connect(m_tag, &QLineEdit::textChanged, this, &MembersPage::refresh);
    connect(m_region, &QLineEdit::textChanged, this, &MembersPage::refresh);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &MembersPage::refresh);
    connect(m_birthdayMonth, &QComboBox::currentIndexChanged, this, &MembersPage::refresh);
    connect(m_dormantDays, &QSpinBox::valueChanged, this, &MembersPage::refresh);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &MembersPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { openMember(i.row()); });
    connect(add, &QPushButton::clicked, this, [this] { openMember(-1); });
    connect(import, &QPushButton::clicked, this, &MembersPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &MembersPage::exportCsv);
    connect(m_merge, &QPushButton::clicked, this, [this] { openMerge(); });
    connect(m_csv, &MemberCsvRunner::finished, this, &MembersPage::onCsvFinished);
    refresh();
}

MembersPage::~MembersPage() = default;

void MembersPage::fillTiers()
{
    const QString chosen = m_tier->currentData().toString();
    const QSignalBlocker block(m_tier);
    m_tier->clear();
    m_tier->addItem(tr("All tiers"), QString());
    for (const TierRule& t : m_members.rules().current().tiers)
        m_tier->addItem(t.name, t.code);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(chosen)));
}

void MembersPage::refresh()
{
    MemberFilter filter;
    filter.search = m_search->text();
    filter.tierCode = m_tier->currentData().toString();
    filter.tag = m_tag->text().trimmed();
    filter.region = m_region->text().trimmed();
    filter.birthdayMonth = m_birthdayMonth->currentData().toInt();
    filter.dormantDays = m_dormantDays->value();
    if (const int segment = m_segment->currentData().toInt(); segment >= 0)
        filter.segment = RfmSegment(segment);
    auto found = m_query->run(filter, kMaxRows);
    if (!found) {
        m_count->setText(found.error().message);
        m_model->setMembers({}, {});
        return;
    }
    QHash<QString, QString> tierNames;
    for (const TierRule& t : m_members.rules().current().tiers)
        tierNames.insert(t.code, t.name);
    m_count->setText(found->size() == kMaxRows ? tr("First %1 members; search or filter to narrow").arg(kMaxRows)
                                               : tr("%n member(s)", nullptr, int(found->size())));
    m_model->setMembers(std::move(*found), std::move(tierNames));
    m_table->resizeColumnsToContents();  // card numbers and dates whole, not "SH010000…"
}

MemberDetailDialog* MembersPage::openMember(int row)
{
    std::optional<qint64> id;
    if (row >= 0 && row < m_model->rowCount())
        id = m_model->member(row).id;
    auto* dialog = new MemberDetailDialog(m_db, m_members, m_actor, m_dialogs, m_files, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDetailDialog::memberChanged, this, &MembersPage::refresh);
    dialog->open();
    return dialog;
}

bool MembersPage::isCsvRunning() const { return m_csv->isRunning(); }

void MembersPage::cancelCsv() { m_csv->cancel(); }

bool MembersPage::importCsv()
{
    const QString title = tr("Import members");
    const QString path = m_files.openFile(this, title, tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_dialogs.warning(this, title, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_exporting = false;
    if (!m_csv->startImport(file.readAll(), m_skipBad->isChecked()))
        return false;
    showProgress(tr("Importing members…"));
    return true;
}

bool MembersPage::exportCsv()
{
    const QString title = tr("Export members");
    const QString path = m_files.saveFile(this, title, QStringLiteral("members.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    m_exporting = true;
    if (!m_csv->startExport(path))
        return false;
    showProgress(tr("Exporting members…"));
    return true;
}

void MembersPage::showProgress(const QString& text)
{
    m_progress = new QProgressDialog(text, tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("csvProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    connect(m_csv, &MemberCsvRunner::progress, m_progress, [p = m_progress](qint64 done, qint64 total) {
        p->setMaximum(int(total));
        p->setValue(int(done));
    });
    connect(m_progress, &QProgressDialog::canceled, m_csv, &MemberCsvRunner::cancel);
    m_progress->open();
}

void MembersPage::onCsvFinished(const MemberCsvOutcome& outcome)
{
    if (m_progress) {
        m_progress->disconnect(m_csv);  // closing must not count as a cancel
        m_csv->disconnect(m_progress);
        m_progress->close();
        m_progress = nullptr;
    }
    const QString title = m_exporting ? tr("Export members") : tr("Import members");
    if (!outcome.ok) {
        if (outcome.cancelled)
            m_dialogs.information(this, title, m_exporting ? tr("The export was cancelled; no file was written.")
                                                           : tr("The import was cancelled; nothing was imported."));
        else
            m_dialogs.warning(this, title, outcome.error.message);
        emit csvFinished(false);
        return;
    }
    if (m_exporting) {
        m_dialogs.information(this, title, tr("%n member(s) exported to %1.", nullptr, int(outcome.exported)).arg(outcome.file));
    } else if (!outcome.report.problems.isEmpty()) {
        auto* dialog = new MemberImportReportDialog(outcome.report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else {
        m_dialogs.information(this, title, tr("%n member(s) imported.", nullptr, outcome.report.imported));
    }
    refresh();
    emit csvFinished(true);
}

MemberMergeDialog* MembersPage::openMerge(qint64 firstId, qint64 secondId)
{
    auto* dialog = new MemberMergeDialog(m_db, m_clock, m_members, m_audit, m_outbox, m_actor, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (firstId && secondId)
        dialog->compare(firstId, secondId);
    connect(dialog, &MemberMergeDialog::merged, this, &MembersPage::refresh);
    dialog->open();
    return dialog;
}

} // namespace patron::ui
