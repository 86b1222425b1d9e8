#pragma once
// The last receipts this till issued (sales and return slips), newest first, for the reprint
// list. The local store is this till's own, so every row in it is one of this till's receipts.

#include "common/Result.h"

#include <QList>
#include <QString>

namespace patron {
class Database;
}

namespace patron::ui {

struct RecentReceipt {
    QString receiptNo;
    QString createdAt;  // ISO 8601 as stored
    bool isReturn = false;
    qint64 totalMinor = 0;  // negative for a return
};

Result<QList<RecentReceipt>> recentReceipts(Database& db, int limit);
// The member's last receipts (sales and returns), newest first: their purchase history.
Result<QList<RecentReceipt>> memberReceipts(Database& db, qint64 memberId, int limit);

} // namespace patron::ui
