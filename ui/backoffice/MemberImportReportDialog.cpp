#include "backoffice/MemberImportReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patron::ui {

MemberImportReportDialog::MemberImportReportDialog(const MemberImportReport& report, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("memberImportReport"));
    setWindowTitle(tr("Member import: problems"));
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);
    summary->setText(report.committed
                         ? tr("%n member(s) imported (%1). These rows were skipped:", nullptr, report.imported).arg(report.encoding)
                         : tr("Nothing was imported because of these rows; correct them and import the file again:"));
    m_table = new QTableWidget(int(report.problems.size()), 2, this);
    m_table->setObjectName(QStringLiteral("problems"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < report.problems.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(QString::number(report.problems[i].line)));
        m_table->setItem(i, 1, new QTableWidgetItem(report.problems[i].reason));
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
