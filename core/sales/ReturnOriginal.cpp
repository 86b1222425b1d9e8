#include "sales/ReturnOriginal.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace patron {

std::optional<ReturnOriginal> loadReturnOriginal(Database& db, const QString& receiptNo)
{
    Statement s =
        db.prepare("SELECT s.id, s.uuid, s.receipt_no, s.kind, s.member_id, s.total_minor, f.store_code, f.till_code "
                   "FROM sales s LEFT JOIN foreign_sales f ON f.sale_id = s.id WHERE s.receipt_no = ?");
    s.bind(1, receiptNo.trimmed().toUpper());
    if (!s.step())
        return std::nullopt;
    ReturnOriginal o;
    o.id = s.int64(0);
    o.uuid = Uuid::fromBytes(s.blob(1));
    o.receiptNo = s.text(2);
    o.kind = s.text(3);
    o.memberId = s.optInt64(4);
    o.totalMinor = s.int64(5);
    if (!s.isNull(6)) {
        o.foreignStore = s.text(6);
        o.foreignTill = s.text(7);
    }
    Statement l =
        db.prepare("SELECT l.id, l.line_no, coalesce(l.product_id, 0), l.sku, l.name, l.unit, coalesce(l.category_id, "
                   "0), l.qty_milli, "
                   "l.unit_price_minor, l.list_minor, l.net_minor, l.unit_cost_minor, l.tax_bp, "
                   "(SELECT coalesce(-sum(r.qty_milli), 0) FROM sale_lines r WHERE r.original_line_id = l.id), "
                   "coalesce((SELECT p.weighed FROM products p WHERE p.id = l.product_id), l.qty_milli % 1000 <> 0), "
                   "coalesce(e.qty_milli, 0), coalesce(e.exact_qty_milli, 0), coalesce(e.refunds, '[]') "
                   "FROM sale_lines l LEFT JOIN returned_elsewhere e ON e.sale_line_id = l.id WHERE l.sale_id = ? "
                   "ORDER BY l.line_no");
    l.bind(1, o.id);
    while (l.step()) {
        ReturnOriginalLine line;
        line.id = l.int64(0);
        line.lineNo = int(l.int64(1));
        line.productId = l.int64(2);
        line.sku = l.text(3);
        line.name = l.text(4);
        line.unit = l.text(5);
        line.categoryId = l.int64(6);
        line.qtyMilli = l.int64(7);
        line.unitPriceMinor = l.int64(8);
        line.listMinor = l.int64(9);
        line.netMinor = l.int64(10);
        line.unitCostMinor = l.int64(11);
        line.taxBp = int(l.int64(12));
        line.elsewhereMilli = l.int64(15);
        line.exactElsewhereMilli = l.int64(16);
        line.returnedMilli = l.int64(13) + line.elsewhereMilli;
        line.weighed = l.int64(14) != 0;
        // Refunds travel negative, as on the return that made them.
        for (const QJsonValue& v : QJsonDocument::fromJson(l.text(17).toUtf8()).array()) {
            const QJsonObject r = v.toObject();
            auto& sum = line.elsewhereRefunds[r.value(QStringLiteral("payment_uuid")).toString()];
            sum.first -= r.value(QStringLiteral("amount_minor")).toInteger();
            sum.second -= r.value(QStringLiteral("points")).toInteger();
        }
        o.lines.append(std::move(line));
    }
    Statement p = db.prepare(
        "SELECT id, uuid, tender, coalesce(reference, '') FROM sale_payments WHERE sale_id = ? ORDER BY seq");
    p.bind(1, o.id);
    while (p.step())
        o.payments.append({p.int64(0), Uuid::fromBytes(p.blob(1)), p.text(2), p.text(3)});
    Statement t = db.prepare("SELECT t.sale_line_id, t.payment_id, t.amount_minor, t.points FROM sale_line_tenders t "
                             "JOIN sale_lines l ON l.id = t.sale_line_id WHERE l.sale_id = ?");
    t.bind(1, o.id);
    while (t.step())
        o.shares.insert({t.int64(0), t.int64(1)}, {t.int64(2), t.int64(3)});
    return o;
}

} // namespace patron
