#pragma once
// ReceiptDocument: what a printed slip says, as plain data. The checkout, returns, top-ups, shift
// reports and the printer test fill it; ReceiptLayouter turns it into lines for a paper width.
// Amounts are minor units of `currency`; quantities are thousandths. Sensitive values (mobile
// numbers, payment references) arrive here already masked: a receipt never carries them whole.

#include "sales/receipt/MonoBitmap.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace patron {

enum class ReceiptKind {
    Sale,
    ReturnSlip,
    TopUpSlip,        // stored-value top-up (充值)
    GiftRedemption,   // points exchanged for a gift (积分兑换)
    ShiftReport,      // X report: the shift so far, nothing closed
    DayEndReport,     // Z report: the business day, closed
    TestPage,
};

struct ReceiptHeader {
    QString storeName;
    QString address;
    QString phone;
    QString taxId;    // 纳税人识别号; printed under the phone when set
    MonoBitmap logo;  // null when the store has none
};

struct ReceiptLine {
    QString name;
    qint64 qtyMilli = 1000;   // 1.000; weighed goods: 525 = 0.525
    QString unit;             // "kg", "个", "" for pieces
    qint64 unitPriceMinor = 0;
    qint64 amountMinor = 0;   // after the line's discount
    qint64 discountMinor = 0; // positive: the amount taken off this line
    QString note;             // e.g. "会员价" / promotion name; empty for none
};

struct ReceiptTotals {
    qint64 itemCount = 0;       // pieces; a weighed line counts as one
    qint64 subtotalMinor = 0;   // before order-level discounts
    qint64 discountMinor = 0;   // positive: all discounts together
    qint64 roundingMinor = 0;   // 抹零: positive when the customer pays less
    qint64 totalDueMinor = 0;
};

struct ReceiptTender {
    QString name;        // translated tender name: "现金", "WeChat Pay", …
    qint64 amountMinor = 0;
    QString reference;   // already masked ("****1234"); empty for cash
};

struct ReceiptMember {
    QString maskedMobile;  // "138****5678" (maskMobile())
    QString tier;
    qint64 pointsEarned = 0;
    qint64 pointsUsed = 0;
    qint64 pointsBalance = 0;
    qint64 storedValueUsedMinor = 0;
    qint64 storedValueBalanceMinor = 0;
    bool showStoredValue = false;  // members without a wallet see no stored-value rows
};

struct ReceiptRow {
    QString key;
    QString value;
};

// A titled block of key/value rows: the body of X/Z reports and the test page.
struct ReceiptSection {
    QString title;
    QList<ReceiptRow> rows;
};

struct ReceiptDocument {
    ReceiptKind kind = ReceiptKind::Sale;
    bool copy = false;                // a reprint: marked "COPY" so it is not taken for an original
    QString currency = QStringLiteral("CNY");
    ReceiptHeader header;
    QString receiptNumber;            // "RSH01-T1-1-000123"
    QString originalReceiptNumber;    // return slips: the sale being returned
    QDateTime issuedAt;               // shown in the till's local time
    QString cashier;
    QList<ReceiptLine> lines;
    ReceiptTotals totals;
    bool showTotals = true;           // reports and the test page have none
    QList<ReceiptTender> tenders;
    qint64 changeMinor = 0;
    std::optional<ReceiptMember> member;
    QList<ReceiptSection> sections;
    QString footer;                   // store's receipt text; may hold several lines
    QString barcodeValue;             // CODE128; normally the receipt number, empty for none
    QString qrPayload;                // e.g. an e-invoice link; empty for none
};

// "13812345678" -> "138****5678"; anything that is not 11 digits keeps only its last 4 digits.
QString maskMobile(const QString& mobile);
// A payment reference cut to its last 4 characters: "****1234".
QString maskReference(const QString& reference);

} // namespace patron
