#pragma once
// A price list (调价单) from CSV, scheduled as one change: columns sku/货号 (or a barcode),
// price/售价 and/or member_price/会员价. The encoding is detected like the product import's; every
// bad row is reported with its line, and with any bad row nothing is scheduled. `progress` (rows
// done, rows in all) is called every 200 rows; returning false cancels: nothing is scheduled.

#include "catalog/ProductCsv.h"
#include "common/Result.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace patron {

class Database;
class PriceSchedule;
struct Session;

struct PriceListReport {
    int rows = 0;
    int scheduled = 0;   // 0 unless committed
    int applied = 0;     // of those, taken effect already (an import "now")
    QList<ImportProblem> problems;
    bool committed = false;
    QString encoding;
};

Result<PriceListReport> importPriceListCsv(Database& db, PriceSchedule& schedule, const Session& actor,
                                           const QByteArray& fileBytes, std::optional<QDateTime> at,
                                           const QString& note = {},
                                           const std::function<bool(int, int)>& progress = {});

} // namespace patron
