#include "reports/ReportJson.h"

namespace patron {

QJsonArray reportJson(const QList<PeriodSales>& rows)
{
    QJsonArray a;
    for (const PeriodSales& r : rows) {
        QJsonObject o = r.totals.toJson();
        o.insert(QStringLiteral("period"), r.label);
        o.insert(QStringLiteral("start"), r.start.toString(Qt::ISODate));
        a.append(o);
    }
    return a;
}

QJsonArray reportJson(const QList<HourSales>& rows)
{
    QJsonArray a;
    for (const HourSales& r : rows)
        a.append(QJsonObject{{QStringLiteral("hour"), r.hour},
                             {QStringLiteral("sales"), r.sales},
                             {QStringLiteral("net_minor"), r.netMinor}});
    return a;
}

QJsonArray reportJson(const QList<CategorySales>& rows)
{
    QJsonArray a;
    for (const CategorySales& r : rows)
        a.append(QJsonObject{{QStringLiteral("category_id"), r.categoryId},
                             {QStringLiteral("category"), r.path},
                             {QStringLiteral("qty_milli"), r.qtyMilli},
                             {QStringLiteral("net_minor"), r.netMinor},
                             {QStringLiteral("cost_minor"), r.costMinor},
                             {QStringLiteral("margin_minor"), r.marginMinor()},
                             {QStringLiteral("margin_bp"), r.marginBp()}});
    return a;
}

QJsonArray reportJson(const QList<CashierSales>& rows)
{
    QJsonArray a;
    for (const CashierSales& r : rows)
        a.append(QJsonObject{{QStringLiteral("cashier"), r.cashier},
                             {QStringLiteral("sales"), r.sales},
                             {QStringLiteral("net_minor"), r.netMinor}});
    return a;
}

QJsonArray reportJson(const QList<TenderSales>& rows)
{
    QJsonArray a;
    for (const TenderSales& r : rows)
        a.append(QJsonObject{{QStringLiteral("tender"), r.tender},
                             {QStringLiteral("count"), r.count},
                             {QStringLiteral("amount_minor"), r.amountMinor}});
    return a;
}

QJsonArray reportJson(const QList<ProductSales>& rows)
{
    QJsonArray a;
    for (const ProductSales& r : rows)
        a.append(QJsonObject{{QStringLiteral("product_id"), r.productId},
                             {QStringLiteral("sku"), r.sku},
                             {QStringLiteral("name"), r.name},
                             {QStringLiteral("category"), r.categoryPath},
                             {QStringLiteral("qty_milli"), r.qtyMilli},
                             {QStringLiteral("net_minor"), r.netMinor}});
    return a;
}

QJsonObject reportJson(const SalesComparison& c)
{
    QJsonObject o{{QStringLiteral("from"), c.current.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), c.current.to.toString(Qt::ISODate)},
                  {QStringLiteral("totals"), c.currentTotals.toJson()},
                  {QStringLiteral("previous_from"), c.previous.from.toString(Qt::ISODate)},
                  {QStringLiteral("previous_to"), c.previous.to.toString(Qt::ISODate)},
                  {QStringLiteral("previous_totals"), c.previousTotals.toJson()}};
    if (auto bp = c.netChangeBp())
        o.insert(QStringLiteral("net_change_bp"), *bp);
    return o;
}

} // namespace patron
