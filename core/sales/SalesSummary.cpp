#include "sales/SalesSummary.h"

#include "store/Database.h"

namespace patron {

// SQLite 3.15 has no UPSERT: each row is made sure of (INSERT OR IGNORE), then added to.
void recordInSummaries(Database& db, const SummaryFacts& f)
{
    const QString day = f.businessDay.toString(Qt::ISODate);
    const QString month = f.businessDay.toString(QStringLiteral("yyyy-MM"));
    qint64 list = 0, net = 0, cost = 0, items = 0;
    for (const SummaryLine& l : f.lines) {
        list += l.listMinor;
        net += l.netMinor;
        cost += l.costMinor;
        items += l.qtyMilli;
    }
    {
        Statement ins = db.cached("INSERT OR IGNORE INTO sum_day(business_day) VALUES (?)");
        ins.bind(1, day);
        ins.run();
        Statement up = db.cached(
            "UPDATE sum_day SET sales = sales + ?, returns = returns + ?, list_minor = list_minor + ?, "
            "discount_minor = discount_minor + ?, net_minor = net_minor + ?, returns_minor = returns_minor + ?, "
            "cost_minor = cost_minor + ?, items_milli = items_milli + ?, member_sales = member_sales + ? WHERE business_day = ?");
        up.bindAll(qint64(f.isReturn ? 0 : 1), qint64(f.isReturn ? 1 : 0), list, list - net, net,
                   f.isReturn ? -net : qint64(0), cost, items, qint64(f.member && !f.isReturn ? 1 : 0), day);
        up.run();
    }
    {
        Statement ins = db.cached("INSERT OR IGNORE INTO sum_hour(business_day, hour) VALUES (?, ?)");
        ins.bindAll(day, qint64(f.hour));
        ins.run();
        Statement up = db.cached("UPDATE sum_hour SET sales = sales + ?, net_minor = net_minor + ? WHERE business_day = ? AND hour = ?");
        up.bindAll(qint64(f.isReturn ? 0 : 1), net, day, qint64(f.hour));
        up.run();
    }
    {
        Statement ins = db.cached("INSERT OR IGNORE INTO sum_cashier(business_day, cashier) VALUES (?, ?)");
        ins.bindAll(day, f.cashier);
        ins.run();
        Statement up = db.cached("UPDATE sum_cashier SET sales = sales + ?, net_minor = net_minor + ? WHERE business_day = ? AND cashier = ?");
        up.bindAll(qint64(f.isReturn ? 0 : 1), net, day, f.cashier);
        up.run();
    }
    for (const auto& [tender, amount] : f.tenders) {
        Statement ins = db.cached("INSERT OR IGNORE INTO sum_tender(business_day, tender) VALUES (?, ?)");
        ins.bindAll(day, tender);
        ins.run();
        Statement up = db.cached("UPDATE sum_tender SET count = count + 1, amount_minor = amount_minor + ? WHERE business_day = ? AND tender = ?");
        up.bindAll(amount, day, tender);
        up.run();
    }
    for (const SummaryLine& l : f.lines) {
        Statement ins = db.cached("INSERT OR IGNORE INTO sum_category(business_day, category_id) VALUES (?, ?)");
        ins.bindAll(day, l.categoryId);
        ins.run();
        Statement up = db.cached("UPDATE sum_category SET qty_milli = qty_milli + ?, net_minor = net_minor + ?, "
                                 "cost_minor = cost_minor + ? WHERE business_day = ? AND category_id = ?");
        up.bindAll(l.qtyMilli, l.netMinor, l.costMinor, day, l.categoryId);
        up.run();
        Statement pins = db.cached("INSERT OR IGNORE INTO sum_product_month(month, product_id) VALUES (?, ?)");
        pins.bindAll(month, l.productId);
        pins.run();
        Statement pup = db.cached("UPDATE sum_product_month SET qty_milli = qty_milli + ?, net_minor = net_minor + ? "
                                  "WHERE month = ? AND product_id = ?");
        pup.bindAll(l.qtyMilli, l.netMinor, month, l.productId);
        pup.run();
    }
}

} // namespace patron
