#include "sales/SaleCompletedEvent.h"

#include "common/JsonWriter.h"

namespace patron {

namespace {

using L = QLatin1StringView;

// Keys in ascending order within each object (JsonWriter asserts it).
void writeLine(JsonWriter& w, const SaleEventLine& l)
{
    w.beginObject()
        .field(L("cost_minor"), l.costMinor)
        .field(L("discount_minor"), l.discountMinor)
        .field(L("line_no"), l.lineNo)
        .field(L("line_uuid"), l.lineUuid)
        .field(L("name"), l.name)
        .field(L("product_code"), l.productCode)
        .field(L("qty_milli"), l.qtyMilli)
        .field(L("tax_rate_bp"), l.taxRateBp)
        .field(L("total_minor"), l.totalMinor)
        .field(L("unit_price_minor"), l.unitPriceMinor)
        .endObject();
}

void writePayment(JsonWriter& w, const SaleEventPayment& p)
{
    w.beginObject().field(L("amount_minor"), p.amountMinor).key(L("line_shares")).beginArray();
    for (const SaleEventShare& s : p.lineShares)
        w.beginObject()
            .field(L("amount_minor"), s.amountMinor)
            .field(L("line_no"), s.lineNo)
            .field(L("points"), s.points)
            .endObject();
    w.endArray()
        .field(L("payment_uuid"), p.paymentUuid)
        .field(L("points"), p.points)
        .field(L("reference"), p.reference)
        .field(L("tender"), p.tender)
        .endObject();
}

} // namespace

QByteArray saleCompletedJson(const SaleCompletedFacts& sale)
{
    JsonWriter w(512 + 320 * sale.lines.size() + 256 * sale.payments.size());
    w.beginObject()
        .field(L("business_day"), sale.businessDay)
        .field(L("cashier"), sale.cashier)
        .field(L("change_minor"), sale.changeMinor)
        .field(L("currency"), sale.currency)
        .field(L("discount_minor"), sale.discountMinor)
        .key(L("lines"))
        .beginArray();
    for (const SaleEventLine& l : sale.lines)
        writeLine(w, l);
    w.endArray();
    if (!sale.memberUuid.isEmpty())
        w.field(L("member_uuid"), sale.memberUuid);
    w.key(L("payments")).beginArray();
    for (const SaleEventPayment& p : sale.payments)
        writePayment(w, p);
    w.endArray()
        .field(L("points_earned"), sale.pointsEarned)
        .field(L("receipt_no"), sale.receiptNo)
        .field(L("rounding_minor"), sale.roundingMinor)
        .field(L("sale_uuid"), sale.saleUuid)
        .key(L("shift_uuid"));
    if (sale.shiftUuid.isEmpty())
        w.null();
    else
        w.value(sale.shiftUuid);
    w.field(L("sold_at"), sale.soldAt)
        .field(L("subtotal_minor"), sale.subtotalMinor)
        .field(L("total_minor"), sale.totalMinor)
        .endObject();
    return w.take();
}

} // namespace patron
