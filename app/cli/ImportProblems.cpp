#include "ImportProblems.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace patron {

struct ImportProblemsTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ImportProblems)
};

ImportProblemsOutput describeImportProblems(const QList<ImportProblem>& problems)
{
    ImportProblemsOutput out;
    for (const ImportProblem& problem : problems) {
        out.json.append(QJsonObject{{QStringLiteral("line"), problem.line}, {QStringLiteral("message"), problem.message}});
        out.text += u'\n' + ImportProblemsTr::tr("Line %1: %2").arg(problem.line).arg(problem.message);
    }
    return out;
}

} // namespace patron
