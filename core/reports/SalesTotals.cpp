#include "reports/SalesTotals.h"

#include "store/Database.h"

namespace patron {

qint64 roundedDiv(qint64 num, qint64 den)
{
    if (den == 0)
        return 0;
    const qint64 q = num / den, r = num % den;
    if (2 * (r < 0 ? -r : r) >= den)
        return q + (num < 0 ? -1 : 1);
    return q;
}

qint64 SalesTotals::averageBasketMinor() const { return roundedDiv(grossSalesMinor(), sales); }
qint64 SalesTotals::memberShareBp() const { return roundedDiv(memberSales * 10000, sales); }

SalesTotals& SalesTotals::operator+=(const SalesTotals& o)
{
    sales += o.sales;
    returns += o.returns;
    listMinor += o.listMinor;
    discountMinor += o.discountMinor;
    netMinor += o.netMinor;
    returnsMinor += o.returnsMinor;
    costMinor += o.costMinor;
    itemsMilli += o.itemsMilli;
    memberSales += o.memberSales;
    return *this;
}

SalesTotals SalesTotals::fromRow(const Statement& s, int c)
{
    SalesTotals t;
    t.sales = s.int64(c);
    t.returns = s.int64(c + 1);
    t.listMinor = s.int64(c + 2);
    t.discountMinor = s.int64(c + 3);
    t.netMinor = s.int64(c + 4);
    t.returnsMinor = s.int64(c + 5);
    t.costMinor = s.int64(c + 6);
    t.itemsMilli = s.int64(c + 7);
    t.memberSales = s.int64(c + 8);
    return t;
}

QJsonObject SalesTotals::toJson() const
{
    return QJsonObject{{QStringLiteral("sales"), sales},
                       {QStringLiteral("returns"), returns},
                       {QStringLiteral("gross_sales_minor"), grossSalesMinor()},
                       {QStringLiteral("list_minor"), listMinor},
                       {QStringLiteral("discount_minor"), discountMinor},
                       {QStringLiteral("net_minor"), netMinor},
                       {QStringLiteral("returns_minor"), returnsMinor},
                       {QStringLiteral("cost_minor"), costMinor},
                       {QStringLiteral("margin_minor"), marginMinor()},
                       {QStringLiteral("items_milli"), itemsMilli},
                       {QStringLiteral("member_sales"), memberSales},
                       {QStringLiteral("average_basket_minor"), averageBasketMinor()}};
}

} // namespace patron
