#pragma once
// A scheduled price change (调价单 line): a product's new retail and/or member price from a
// moment on, and what became of it. Money in minor units.

#include "common/Uuid.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace patron {

enum class PriceChangeStatus { Pending, Applied, Cancelled, Failed };
QString priceChangeStatusCode(PriceChangeStatus s);  // "pending", "applied", "cancelled", "failed"
PriceChangeStatus priceChangeStatusFromCode(const QString& code);

// What a manager asks for, one product. Unset retail keeps the retail price; the member price
// is kept, set, or cleared (std::optional inside set to nullopt).
struct PriceChangeRequest {
    QString skuOrCode;
    std::optional<qint64> retailMinor;
    std::optional<std::optional<qint64>> memberPriceMinor;
};

struct PriceChange {
    qint64 id = 0;
    Uuid uuid;
    Uuid batchUuid;       // the changes scheduled together (one price list)
    qint64 productId = 0;
    QString sku, productName;
    std::optional<qint64> retailMinor;                      // unset: retail stays
    std::optional<std::optional<qint64>> memberPriceMinor;  // unset: stays; set to nullopt: cleared
    QDateTime effectiveAt;
    PriceChangeStatus status = PriceChangeStatus::Pending;
    QString note;
    QString createdBy;
    QString outcome;      // applied/cancelled: when and by whom; failed: why (translated)
};

// One line of a product's price history: the prices from `at` on, and where they came from.
struct PriceHistoryEntry {
    QDateTime at;
    qint64 retailMinor = 0;
    std::optional<qint64> memberPriceMinor;
    QString source;       // "baseline", "catalog", "scheduled", "head_office"
    qint64 priceChangeId = 0;
    QString userName;
};

} // namespace patron
