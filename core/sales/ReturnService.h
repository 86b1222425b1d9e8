#pragma once
// Returns. With a receipt: the sale is found by its receipt number, some or all lines come back,
// each line refunds exactly its stored share of each original payment, in proportion to the
// quantity returned (cumulatively, so several partial returns add up to the fen and the point and
// never to more than was paid). Without a receipt: needs refund.noreceipt and refunds at today's
// price to the store's chosen tender. A return slip cannot itself be returned.
// With a ReturnAuthority (a till joined to head office), a receipt of another store is fetched
// from head office and its quantities are held chain-wide before the return commits; see
// docs/sync-events.md ("Returns across stores").

#include "common/Result.h"
#include "sales/LoyaltyPort.h"

#include <QList>
#include <QString>
#include <optional>

namespace patron {

class ReturnAuthority;
struct SalesContext;
struct Session;

struct ReturnItem {
    int lineNo = 0;        // as printed on the original receipt
    qint64 qtyMilli = 0;   // 0: all that is left of the line
};

struct RefundPart {
    QString tender;        // "cash", "card", "wallet", "points", …
    qint64 amountMinor = 0;
    qint64 points = 0;
};

struct ReturnResult {
    qint64 saleId = 0;           // the return's own record
    QString receiptNo;           // the return slip's number
    QString originalReceiptNo;
    qint64 refundMinor = 0;      // positive
    QList<RefundPart> refunds;
    bool cashRefunded = false;   // opens the drawer
    LoyaltyOutcome loyalty;
};

// What is left to return of each line of a sale (for the till's return screen).
struct ReturnableLine {
    int lineNo = 0;
    QString sku, name, unit;
    qint64 soldMilli = 0;
    qint64 returnedMilli = 0;
    qint64 netMinor = 0;
};

class ReturnService {
public:
    // `authority`: head office's part (HqReturnAuthority::ifJoined), or null for a standalone till.
    explicit ReturnService(SalesContext& ctx, ReturnAuthority* authority = nullptr) : m_ctx(ctx), m_authority(authority) {}

    // Without the network: the receipt is another till's that this till holds no copy of, so
    // head office hands it over only with the total printed on it (receiptTotalMinor below).
    bool needsReceiptTotal(const QString& receiptNo);
    // Not const: with a ReturnAuthority it first brings the sale from head office.
    Result<QList<ReturnableLine>> returnable(const QString& receiptNo,
                                             std::optional<qint64> receiptTotalMinor = std::nullopt);
    // items empty: everything that is left. `actor` authorises the return (needs the refund
    // permission); `cashier` is who took it at the counter when a manager's PIN approved it for
    // them (empty: the actor). The sale row and the cashier report carry the cashier, and
    // authorized_by the approver.
    Result<ReturnResult> returnSale(const Session& actor, const QString& receiptNo, const QList<ReturnItem>& items,
                                    const QString& reason, const QString& cashier = {},
                                    std::optional<qint64> receiptTotalMinor = std::nullopt);
    // products by code with quantities in thousandths.
    Result<ReturnResult> returnWithoutReceipt(const Session& actor, const QList<std::pair<QString, qint64>>& items,
                                              const QString& reason, const QString& cashier = {});

private:
    SalesContext& m_ctx;
    ReturnAuthority* m_authority;
};

} // namespace patron
