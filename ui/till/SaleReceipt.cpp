#include "till/SaleReceipt.h"

#include "devices/scan/ScanRouter.h"

namespace patron::ui {

ReceiptDocument saleReceiptDocument(const SaleReceiptInput& in)
{
    ReceiptDocument doc;
    doc.kind = ReceiptKind::Sale;
    doc.currency = in.store.currency.isEmpty() ? QStringLiteral("CNY") : in.store.currency;
    doc.header.storeName = in.store.storeName;
    doc.receiptNumber = in.sale->receiptNo;
    doc.barcodeValue = in.sale->receiptNo;
    doc.issuedAt = in.at;
    doc.cashier = in.cashier;
    const PricedCart& priced = in.quote->priced;
    qint64 pieces = 0;
    for (const PricedLine& p : priced.lines) {
        const CartLine& line = in.cart->lines.value(p.cartIndex);
        ReceiptLine r;
        r.name = line.name;
        r.qtyMilli = line.qtyMilli;
        r.unit = line.unit;
        r.unitPriceMinor = p.unitPriceMinor;
        r.amountMinor = p.afterLineMinor;
        r.discountMinor = p.listMinor - p.afterLineMinor;
        r.note = p.promotion;
        doc.lines << r;
        pieces += line.weighed ? 1 : line.qtyMilli / 1000;
    }
    doc.totals.itemCount = pieces;
    doc.totals.subtotalMinor = priced.listMinor;
    doc.totals.discountMinor = priced.discountMinor;
    doc.totals.roundingMinor = priced.roundingMinor;
    doc.totals.totalDueMinor = priced.totalMinor;
    for (const TenderInput& t : in.tenders) {
        ReceiptTender r;
        r.name = tenderDisplayName(t.kind);
        r.amountMinor = t.amountMinor;
        // References arrive masked already (payment codes) or are terminal slips; keep the tail.
        r.reference = t.reference.isEmpty() ? QString() : maskReference(t.reference);
        doc.tenders << r;
    }
    doc.changeMinor = in.sale->changeMinor;
    if (in.quote->member) {
        const LoyaltyOutcome& l = in.sale->loyalty;
        ReceiptMember m;
        m.maskedMobile = in.quote->member->maskedMobile;
        m.tier = l.tierName.isEmpty() ? in.quote->member->tierName : l.tierName;
        m.pointsEarned = l.pointsEarned;
        m.pointsUsed = l.pointsUsed;
        m.pointsBalance = l.pointsBalance;
        m.storedValueUsedMinor = l.walletUsedMinor;
        m.storedValueBalanceMinor = l.walletBalanceMinor;
        m.showStoredValue = l.hasWallet;
        doc.member = m;
    }
    return doc;
}

} // namespace patron::ui
