#include "backoffice/MemberImportReportDialog.h"

namespace patron::ui {

namespace {
QList<std::pair<int, QString>> memberProblems(const MemberImportReport& report)
{
    QList<std::pair<int, QString>> out;
    for (const MemberImportProblem& p : report.problems)
        out.append({p.line, p.reason});
    return out;
}
} // namespace

MemberImportReportDialog::MemberImportReportDialog(const MemberImportReport& report, QWidget* parent)
    : ImportReportDialog(tr("Member import: problems"),
                         report.committed
                         ? tr("%n member(s) imported (%1). These rows were skipped:", nullptr, report.imported).arg(report.encoding)
                         : tr("Nothing was imported because of these rows; correct them and import the file again:"),
                         memberProblems(report), parent)
{
    setObjectName(QStringLiteral("memberImportReport"));
}

} // namespace patron::ui
