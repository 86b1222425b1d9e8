#include "sales/SalesSummary.h"

#include "sales/ShiftService.h"
#include "store/Database.h"

#include <map>

namespace patron {

namespace {

// What one sale adds to one sum_daily row; the columns a kind does not use stay 0.
struct Delta {
    qint64 n = 0;
    qint64 returns = 0;
    qint64 list = 0;
    qint64 discount = 0;
    qint64 net = 0;
    qint64 returnsMinor = 0;
    qint64 cost = 0;
    qint64 items = 0;
    qint64 memberSales = 0;
};

// SQLite 3.15 has no UPSERT: the row is added to, and made only when the UPDATE found none (the
// first sale of a day, an hour, a cashier…), so most rows cost one statement. All of a business
// day's rows are neighbours in the table's key order, so a sale's updates share pages.
// UPDATE OR FAIL, not a plain UPDATE: inside a transaction SQLite opens a statement journal for
// an UPDATE whose constraint checks may abort (NOT NULL), and SQLCipher encrypts every page the
// UPDATE touches into it, so ten updates of one page cost ten page encryptions. A one-row update
// that fails has changed nothing, so FAIL (no statement rollback) reports the same error.
template <typename Key>
void add(Database& db, const QString& day, const char* kind, const Key& key, const Delta& d)
{
    Statement up = db.cached(
        "UPDATE OR FAIL sum_daily SET n = n + ?, returns = returns + ?, list_minor = list_minor + ?, "
        "discount_minor = discount_minor + ?, net_minor = net_minor + ?, returns_minor = returns_minor + ?, cost_minor = cost_minor + ?, items_milli = items_milli + ?, "
        "member_sales = member_sales + ? WHERE business_day = ? AND kind = ? AND key = ?");
    up.bindAll(d.n, d.returns, d.list, d.discount, d.net, d.returnsMinor, d.cost, d.items, d.memberSales, day, kind, key);
    up.run();
    if (db.changes() > 0)
        return;
    Statement ins = db.cached(
        "INSERT INTO sum_daily(business_day, kind, key, n, returns, list_minor, discount_minor, net_minor, returns_minor, "
        "cost_minor, items_milli, member_sales) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bindAll(day, kind, key, d.n, d.returns, d.list, d.discount, d.net, d.returnsMinor, d.cost, d.items, d.memberSales);
    ins.run();
}

} // namespace

void recordInSummaries(Database& db, const SummaryFacts& f, const std::optional<Shift>& shift)
{
    const QString day = f.businessDay.toString(Qt::ISODate);
    const qint64 sale = f.isReturn ? 0 : 1;
    Delta total;
    for (const SummaryLine& l : f.lines) {
        total.list += l.listMinor;
        total.net += l.netMinor;
        total.cost += l.costMinor;
        total.items += l.qtyMilli;
    }
    total.n = sale;
    total.returns = f.isReturn ? 1 : 0;
    total.discount = total.list - total.net;
    total.returnsMinor = f.isReturn ? -total.net : 0;
    total.memberSales = f.member && !f.isReturn ? 1 : 0;
    // Lines of one category are one update (a basket often holds several); a map keeps the
    // categories in key order.
    std::map<qint64, Delta> categories;
    for (const SummaryLine& l : f.lines) {
        Delta& c = categories[l.categoryId];
        c.items += l.qtyMilli;
        c.net += l.netMinor;
        c.cost += l.costMinor;
    }
    qint64 cash = 0;
    for (const auto& [tender, amount] : f.tenders)
        if (tender == u"cash")
            cash += amount;
    // In key order (c, d, h, k, s, t), so the pages are visited once each, left to right.
    for (const auto& [category, c] : categories)
        add(db, day, "c", category, c);
    add(db, day, "d", "", total);
    add(db, day, "h", qint64(f.hour), Delta{sale, 0, 0, 0, total.net});
    add(db, day, "k", f.cashier, Delta{sale, 0, 0, 0, total.net});
    // The drawer's cash, under the day the shift opened on, so a shift that runs past the
    // cut-off keeps one row. That is nearly always the sale's own day, so the row sits on the
    // page the updates above already wrote. It replaces summing the shift's payments through an
    // index on sales.shift_id, which cost every sale a page of that index.
    if (shift && cash != 0)
        add(db, shift->businessDay.toString(Qt::ISODate), "s", shift->id, Delta{sale, total.returns, 0, 0, cash});
    // Sales and refunds are counted apart ("WeChat 12 sales, 1 refund"); the amount is net.
    for (const auto& [tender, amount] : f.tenders)
        add(db, day, "t", tender, Delta{sale, total.returns, 0, 0, amount});
}

void recordInSummaries(Database& db, const SummaryFacts& facts)
{
    // The caller booked the sale to the open shift in this same transaction, so it is this one.
    recordInSummaries(db, facts, openShift(db));
}

} // namespace patron
