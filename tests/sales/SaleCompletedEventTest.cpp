// The sale event written by JsonWriter is the one the checkout used to build as a QJsonObject:
// same keys, same values, same bytes (head office and the outbox readers see no change).
#include "sales/SaleCompletedEvent.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace patron;

namespace {

// The event as CheckoutService built it before (session 4), kept here as the reference.
QJsonObject asQJsonObject(const SaleCompletedFacts& f)
{
    QJsonArray lines;
    for (const SaleEventLine& l : f.lines)
        lines.append(QJsonObject{{QStringLiteral("line_uuid"), l.lineUuid},
                                 {QStringLiteral("line_no"), l.lineNo},
                                 {QStringLiteral("product_code"), l.productCode},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty_milli"), l.qtyMilli},
                                 {QStringLiteral("unit_price_minor"), l.unitPriceMinor},
                                 {QStringLiteral("discount_minor"), l.discountMinor},
                                 {QStringLiteral("total_minor"), l.totalMinor},
                                 {QStringLiteral("cost_minor"), l.costMinor},
                                 {QStringLiteral("tax_rate_bp"), l.taxRateBp}});
    QJsonArray payments;
    for (const SaleEventPayment& p : f.payments) {
        QJsonArray shares;
        for (const SaleEventShare& s : p.lineShares)
            shares.append(QJsonObject{{QStringLiteral("line_no"), s.lineNo},
                                      {QStringLiteral("amount_minor"), s.amountMinor},
                                      {QStringLiteral("points"), s.points}});
        payments.append(QJsonObject{{QStringLiteral("payment_uuid"), p.paymentUuid},
                                    {QStringLiteral("tender"), p.tender},
                                    {QStringLiteral("amount_minor"), p.amountMinor},
                                    {QStringLiteral("points"), p.points},
                                    {QStringLiteral("reference"), p.reference},
                                    {QStringLiteral("line_shares"), shares}});
    }
    QJsonObject event{{QStringLiteral("sale_uuid"), f.saleUuid},
                      {QStringLiteral("receipt_no"), f.receiptNo},
                      {QStringLiteral("business_day"), f.businessDay},
                      {QStringLiteral("sold_at"), f.soldAt},
                      {QStringLiteral("cashier"), f.cashier},
                      {QStringLiteral("currency"), f.currency},
                      {QStringLiteral("subtotal_minor"), f.subtotalMinor},
                      {QStringLiteral("discount_minor"), f.discountMinor},
                      {QStringLiteral("rounding_minor"), f.roundingMinor},
                      {QStringLiteral("total_minor"), f.totalMinor},
                      {QStringLiteral("change_minor"), f.changeMinor},
                      {QStringLiteral("points_earned"), f.pointsEarned},
                      {QStringLiteral("lines"), lines},
                      {QStringLiteral("payments"), payments}};
    if (!f.memberUuid.isEmpty())
        event.insert(QStringLiteral("member_uuid"), f.memberUuid);
    event.insert(QStringLiteral("shift_uuid"), f.shiftUuid.isEmpty() ? QJsonValue() : QJsonValue(f.shiftUuid));
    return event;
}

SaleCompletedFacts sample()
{
    SaleCompletedFacts f;
    f.saleUuid = QStringLiteral("01a1ffb1-ba00-7160-9104-79f83cbe550f");
    f.receiptNo = QStringLiteral("S01-T1-1-000042");
    f.businessDay = QStringLiteral("2026-11-23");
    f.soldAt = QStringLiteral("2026-11-23T09:15:02+08:00");
    f.cashier = QStringLiteral("王小明");
    f.currency = QStringLiteral("CNY");
    f.subtotalMinor = 27897;
    f.discountMinor = 397;
    f.roundingMinor = -3;
    f.totalMinor = 27497;
    f.changeMinor = 3;
    f.pointsEarned = 274;
    f.lines = {
        {QStringLiteral("01a1ffb1-ba00-7161-bc97-6ab15dd0c03c"), 1, QStringLiteral("6901234567892"),
         QStringLiteral("康师傅红烧牛肉面 \"大食桶\" 5连包"), 1000, 7829, 397, 7432, 5323, 1300},
        {QStringLiteral("01a1ffb1-ba00-7162-838d-400a07d91090"), 2, QStringLiteral("P0042"),
         QStringLiteral("散装苹果\\称重"), 1235, 1999, 0, 2469, 1800, 900},
    };
    f.payments = {
        {QStringLiteral("01a1ffb1-ba00-7166-b748-e1d24902379a"), QStringLiteral("wechat"), 5000, 0,
         QStringLiteral("****1234"), {{1, 3714, 0}, {2, 1286, 0}}},
        {QStringLiteral("01a1ffb1-ba00-7167-ab1c-3771d03b84d6"), QStringLiteral("points"), 500, 5000, QString(),
         {{1, 500, 5000}}},
        {QStringLiteral("01a1ffb1-ba00-7168-ab1c-3771d03b84d6"), QStringLiteral("cash"), 5401, 0, QString(),
         {{1, 3218, 0}, {2, 1183, 0}}},
    };
    return f;
}

} // namespace

TEST_CASE("The sale event's bytes are QJsonDocument's for the same object", "[sales][event]")
{
    SaleCompletedFacts f = sample();
    SECTION("with a member and a shift")
    {
        f.memberUuid = QStringLiteral("01a1ffb1-0000-7000-8000-000000000001");
        f.shiftUuid = QStringLiteral("01a1ffb1-ba00-70f8-9cca-5b8a868e1612");
    }
    SECTION("without a member, outside a shift") {}
    SECTION("with no payment shares and no lines")
    {
        f.lines.clear();
        for (SaleEventPayment& p : f.payments)
            p.lineShares.clear();
    }
    const QByteArray written = saleCompletedJson(f);
    CHECK(written == QJsonDocument(asQJsonObject(f)).toJson(QJsonDocument::Compact));
    const QJsonObject back = QJsonDocument::fromJson(written).object();
    CHECK(back.value(QStringLiteral("member_uuid")).toString() == f.memberUuid);
    CHECK(back.contains(QStringLiteral("member_uuid")) == !f.memberUuid.isEmpty());
    CHECK(back.value(QStringLiteral("shift_uuid")).isNull() == f.shiftUuid.isEmpty());
}
