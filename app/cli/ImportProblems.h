#pragma once
// The per-row problems of a CSV import (products, price lists) as the CLI shows them: a JSON
// array for --json and "Line N: reason" lines for people.

#include "catalog/ProductCsv.h"

#include <QJsonArray>
#include <QString>

namespace patron {

struct ImportProblemsOutput {
    QJsonArray json;
    QString text;  // each problem on its own line, each line starting with '\n'
};

ImportProblemsOutput describeImportProblems(const QList<ImportProblem>& problems);

} // namespace patron
