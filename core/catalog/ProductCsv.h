#pragma once
// Product import and export as CSV. Headers may be English or Chinese (sku/货号, name/品名, …);
// the file's encoding is detected. A file is imported in one transaction: with any bad row,
// nothing is imported and every bad row is reported with its line and reason (or, when asked,
// the good rows are imported and the bad ones reported).

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace patron {

class ProductCatalog;
class Database;
struct Session;

struct ImportProblem {
    int line = 0;
    QString message;  // translated
};

struct ImportReport {
    int rows = 0;
    int added = 0;
    int updated = 0;
    QList<ImportProblem> problems;
    bool committed = false;
    QString encoding;  // "utf-8", "utf-8-bom", "utf-16", "gb18030"
};

struct ProductImportOptions {
    bool updateExisting = true;  // a row whose SKU exists edits that product
    bool skipBadRows = false;    // import the good rows even when some are bad
    // Progress: rows done, rows total. Return false to cancel (nothing is imported).
    std::function<bool(int, int)> progress;
};

Result<ImportReport> importProductsCsv(Database& db, ProductCatalog& catalog, const Session& actor,
                                       const QByteArray& fileBytes, const ProductImportOptions& options);
QByteArray exportProductsCsv(const ProductCatalog& catalog);

} // namespace patron
