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

struct TopUpFacts {
    qint64 memberId = 0;           // not printed
    QString cashier;
    QDateTime at;
    QString maskedMobile;
    QString tier;
    qint64 paidMinor = 0;          // principal
    qint64 bonusMinor = 0;         // 赠送
    qint64 bonusPoints = 0;
    qint64 balanceMinor = 0;       // after the top-up
    qint64 pointsBalance = 0;
    QString tenderName;            // translated
    QString reference;             // terminal reference, masked on the slip
};
// The slip a member takes home after a stored-value top-up (充值单).
ReceiptDocument buildTopUpReceipt(Database& db, const Clock& clock, const StoreIdentity& store, const TopUpFacts& facts);
// The facts of a past top-up, read back from its wallet entry for a reprint: the balances are
// as they were right after it, not today's. `tier` is left empty (the ledger does not keep the
// tier a member had then) and `at` is in UTC; NotFound when the entry is not a top-up.
Result<TopUpFacts> storedTopUpFacts(Database& db, qint64 walletEntryId);

struct GiftRedemptionFacts {
    qint64 memberId = 0;           // not printed
    QString cashier;
    QDateTime at;
    QString maskedMobile;
    QString tier;
    QString giftName;
    qint64 pointsUsed = 0;
    qint64 pointsBalance = 0;      // after the redemption
    qint64 ledgerEntryId = 0;      // the points ledger's entry: a redemption has no receipt number
};
// The slip a member takes home with a gift bought with points (积分兑换单). No barcode: scanning
// it must not open a return, and a gift is not returned through the till.
ReceiptDocument buildGiftRedemptionReceipt(Database& db, const Clock& clock, const StoreIdentity& store,
                                           const GiftRedemptionFacts& facts);
// The facts of a past gift redemption, read back from its points entry for a reprint.
// `giftName` is the gift's code (the caller names it from the rule book), `tier` is empty and
// `at` is in UTC;
// NotFound when the entry is not a gift redemption.
Result<GiftRedemptionFacts> storedGiftRedemptionFacts(Database& db, qint64 pointsEntryId);

} // namespace patron
