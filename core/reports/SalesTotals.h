#pragma once
// The headline figures of a day or a range, as the summary table sum_day keeps them. Money in
// minor units; returns are already subtracted from netMinor.

#include <QJsonObject>

namespace patron {

class Statement;

struct SalesTotals {
    qint64 sales = 0;          // transactions (sales, not returns)
    qint64 returns = 0;        // return transactions
    qint64 listMinor = 0;      // list value before discounts, net of returns
    qint64 discountMinor = 0;  // every discount, rounding (抹零) included, net of returns
    qint64 netMinor = 0;       // sales minus returns
    qint64 returnsMinor = 0;   // refunded, positive
    qint64 costMinor = 0;      // cost of goods, net of returns
    qint64 itemsMilli = 0;
    qint64 memberSales = 0;    // sales with a member attached

    qint64 grossSalesMinor() const { return netMinor + returnsMinor; }  // before returns
    qint64 marginMinor() const { return netMinor - costMinor; }
    // Gross sales per transaction, rounded half up; 0 without sales.
    qint64 averageBasketMinor() const;
    // Members' share of transactions in basis points (10000 = all).
    qint64 memberShareBp() const;

    SalesTotals& operator+=(const SalesTotals& o);
    // Reads the nine sum_day columns starting at `col`, in table order (sales … member_sales).
    static SalesTotals fromRow(const Statement& s, int col);
    QJsonObject toJson() const;
};

// The nine sum_day columns fromRow expects, for building SELECTs.
#define PATRON_SUM_DAY_COLUMNS \
    "sales, returns, list_minor, discount_minor, net_minor, returns_minor, cost_minor, items_milli, member_sales"
#define PATRON_SUM_DAY_SUMS                                                                                      \
    "coalesce(sum(sales),0), coalesce(sum(returns),0), coalesce(sum(list_minor),0), "                           \
    "coalesce(sum(discount_minor),0), coalesce(sum(net_minor),0), coalesce(sum(returns_minor),0), "             \
    "coalesce(sum(cost_minor),0), coalesce(sum(items_milli),0), coalesce(sum(member_sales),0)"

// Rounds num/den half up for non-negative den (den 0 gives 0). Report ratios use it.
qint64 roundedDiv(qint64 num, qint64 den);

} // namespace patron
