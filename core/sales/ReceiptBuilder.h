#pragma once
// Turns a stored sale or return into the receipt document that is printed, previewed and
// reprinted (marked as a copy). Everything comes from what was stored at the time of sale, so a
// reprint a year later shows what the customer paid then.

#include "common/Result.h"
#include "sales/ShiftService.h"
#include "sales/receipt/ReceiptDocument.h"

namespace patron {

class Clock;
class Database;
struct StoreIdentity;

Result<ReceiptDocument> buildSaleReceipt(Database& db, const Clock& clock, const StoreIdentity& store,
                                         const QString& receiptNo, bool copy);
// The X (shift so far) or Z (day closed) report as a printable slip.
ReceiptDocument buildDayReportReceipt(const DayReport& report, const StoreIdentity& store, const QString& cashier,
                                      const QDateTime& at, const QString& currency);

} // namespace patron
