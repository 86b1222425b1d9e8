#include "SaleEvents.h"

#include "common/Clock.h"
#include "common/Uuid.h"

#include <QJsonArray>

namespace patron::test {

namespace {
// xorshift32: the same sequence on every platform.
quint32 next(quint32& s)
{
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s;
}
} // namespace

SaleEvent makeSale(quint32 seed, int lines, const QDateTime& at, const StoreIdentity& store, const QString& memberUuid)
{
    quint32 s = seed ? seed : 1;
    const Uuid sale = Uuid::v7(at.toMSecsSinceEpoch());
    QJsonArray lineArr;
    qint64 subtotal = 0, discount = 0;
    for (int i = 0; i < lines; ++i) {
        const qint64 qtyMilli = 1000 * (1 + qint64(next(s) % 3));
        const qint64 unit = 100 + qint64(next(s) % 5000);
        const qint64 gross = unit * qtyMilli / 1000;
        const qint64 off = (next(s) % 4 == 0) ? gross / 10 : 0;
        subtotal += gross;
        discount += off;
        lineArr.append(QJsonObject{{QStringLiteral("line_uuid"), Uuid::v7(at.toMSecsSinceEpoch()).toString()},
                                   {QStringLiteral("line_no"), i + 1},
                                   {QStringLiteral("product_code"), QStringLiteral("P%1").arg(next(s) % 100)},
                                   {QStringLiteral("name"), QStringLiteral("商品 %1").arg(i + 1)},
                                   {QStringLiteral("qty_milli"), qtyMilli},
                                   {QStringLiteral("unit_price_minor"), unit},
                                   {QStringLiteral("discount_minor"), off},
                                   {QStringLiteral("total_minor"), gross - off},
                                   {QStringLiteral("cost_minor"), unit / 2},
                                   {QStringLiteral("tax_rate_bp"), 1300}});
    }
    const qint64 total = subtotal - discount;
    // Split the total over cash and WeChat Pay so payments are checked to add up too.
    const qint64 cash = total / 3;
    const QJsonArray payments{
        QJsonObject{{QStringLiteral("payment_uuid"), Uuid::v7(at.toMSecsSinceEpoch()).toString()},
                    {QStringLiteral("tender"), QStringLiteral("cash")},
                    {QStringLiteral("amount_minor"), cash}},
        QJsonObject{{QStringLiteral("payment_uuid"), Uuid::v7(at.toMSecsSinceEpoch()).toString()},
                    {QStringLiteral("tender"), QStringLiteral("wechat")},
                    {QStringLiteral("amount_minor"), total - cash},
                    {QStringLiteral("reference"), QStringLiteral("4200001234")}}};
    QJsonObject p{{QStringLiteral("sale_uuid"), sale.toString()},
                  {QStringLiteral("receipt_no"), QStringLiteral("%1-%2-%3").arg(store.storeCode, store.tillCode).arg(seed)},
                  {QStringLiteral("business_day"), at.date().toString(Qt::ISODate)},
                  {QStringLiteral("sold_at"), isoWithOffset(at)},
                  {QStringLiteral("cashier"), QStringLiteral("admin")},
                  {QStringLiteral("member_uuid"), memberUuid.isEmpty() ? QJsonValue() : QJsonValue(memberUuid)},
                  {QStringLiteral("currency"), store.currency},
                  {QStringLiteral("subtotal_minor"), subtotal},
                  {QStringLiteral("discount_minor"), discount},
                  {QStringLiteral("total_minor"), total},
                  {QStringLiteral("points_earned"), total / 100},
                  {QStringLiteral("lines"), lineArr},
                  {QStringLiteral("payments"), payments}};
    return {p, total};
}

} // namespace patron::test
