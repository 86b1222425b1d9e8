#include "backoffice/ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patron::ui {

namespace {
QList<std::pair<int, QString>> problemsOf(const ImportReport& report)
{
    QList<std::pair<int, QString>> out;
    for (const ImportProblem& p : report.problems)
        out.append({p.line, p.message});
    return out;
}
} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : ImportReportDialog(tr("Product import: problems"),
                         report.committed ? tr("%1 rows read: %2 added, %3 updated. These rows were skipped:")
                                                .arg(report.rows).arg(report.added).arg(report.updated)
                                          : tr("%1 rows read. Nothing was imported because of these rows; correct them and "
                                               "import the file again:").arg(report.rows),
                         problemsOf(report), parent)
{
    setObjectName(QStringLiteral("importReport"));
}

ImportReportDialog::ImportReportDialog(const QString& title, const QString& summaryText,
                                       const QList<std::pair<int, QString>>& problems, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* summary = new QLabel(summaryText, this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    m_table = new QTableWidget(int(problems.size()), 2, this);
    m_table->setObjectName(QStringLiteral("problems"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < problems.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(QString::number(problems[i].first)));
        m_table->setItem(i, 1, new QTableWidgetItem(problems[i].second));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace patron::ui
