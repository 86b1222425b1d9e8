#pragma once
// The sale a return refers to, as ReturnService needs it: lines with what is already returned
// (here and, as head office last said, at other tills), payments, and each line's share of each
// payment (sale_lines.tender_shares, LineShares). Read inside or outside a transaction; throws
// StoreException, StoreDamaged for shares that do not decode.

#include "common/Uuid.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace patron {

class Database;

struct ReturnOriginalLine {
    qint64 id = 0;
    int lineNo = 0;
    qint64 productId = 0;
    QString sku, name, unit;
    qint64 categoryId = 0;
    qint64 qtyMilli = 0, unitPriceMinor = 0, listMinor = 0, netMinor = 0, unitCostMinor = 0;
    int taxBp = 0;
    qint64 returnedMilli = 0; // here and elsewhere
    bool weighed = false;     // from the product: a unit name ("个", "瓶") does not make goods weighed
    // Returned at other tills: all of it, the part whose refunds are known, and those refunds per
    // original payment UUID (positive amount and points).
    qint64 elsewhereMilli = 0, exactElsewhereMilli = 0;
    QHash<QString, QPair<qint64, qint64>> elsewhereRefunds;
    // Refunded at this till by earlier returns, per original payment id (positive amount and points).
    QHash<qint64, QPair<qint64, qint64>> refundedHere;
};

struct ReturnOriginalPayment {
    qint64 id = 0;
    int seq = 0;
    Uuid uuid;
    QString tender;
    QString reference;
};

struct ReturnOriginal {
    qint64 id = 0;
    Uuid uuid;
    QString receiptNo;
    QString kind;
    std::optional<qint64> memberId;
    qint64 totalMinor = 0;
    std::optional<QString> foreignStore, foreignTill; // set for another store's sale copied here
    QList<ReturnOriginalLine> lines;
    QList<ReturnOriginalPayment> payments;
    QHash<QPair<qint64, qint64>, QPair<qint64, qint64>> shares; // (line, payment) -> (amount, points)
};

std::optional<ReturnOriginal> loadReturnOriginal(Database& db, const QString& receiptNo);

} // namespace patron
