#pragma once
// The last top-up and gift-redemption slips of this store's members, newest first, for the
// reprint list next to the receipts; and a slip's copy rebuilt from its ledger entry. Slips have
// no receipt number: a top-up is its wallet entry, a gift its points entry.

#include "common/Result.h"
#include "sales/receipt/ReceiptDocument.h"

#include <QDateTime>
#include <QList>

namespace patron {
class Database;
}

namespace patron::ui {

class TillSession;

struct RecentSlip {
    enum class Kind { TopUp, Gift };
    Kind kind = Kind::TopUp;
    qint64 entryId = 0;
    QDateTime at;
    QString maskedMobile;
    qint64 amount = 0;  // top-up: paid in (minor units); gift: points used
};

Result<QList<RecentSlip>> recentSlips(Database& db, int limit);
// The slip as printed then, marked as a copy, with the gift and tier named from the rule book.
Result<ReceiptDocument> slipCopy(TillSession& session, const RecentSlip& slip);

} // namespace patron::ui
