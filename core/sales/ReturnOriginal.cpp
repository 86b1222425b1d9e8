#include "sales/ReturnOriginal.h"

#include "sales/LineShares.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ReturnOriginalTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ReturnOriginal)
};

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
                   "coalesce(e.qty_milli, 0), coalesce(e.exact_qty_milli, 0), coalesce(e.refunds, '[]'), l.tender_shares "
                   "FROM sale_lines l LEFT JOIN returned_elsewhere e ON e.sale_line_id = l.id WHERE l.sale_id = ? "
                   "ORDER BY l.line_no");
    l.bind(1, o.id);
    QHash<qint64, LineShares> lineShares; // line id -> its shares, keyed by payment seq
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
        lineShares.insert(line.id, LineShares::decodeOrThrow(l.text(18)));
        o.lines.append(std::move(line));
    }
    Statement p = db.prepare(
        "SELECT id, seq, uuid, tender, coalesce(reference, '') FROM sale_payments WHERE sale_id = ? ORDER BY seq");
    p.bind(1, o.id);
    QSet<int> seqs;
    while (p.step()) {
        o.payments.append({p.int64(0), int(p.int64(1)), Uuid::fromBytes(p.blob(2)), p.text(3), p.text(4)});
        // A line's shares name payments by seq (schema step 23): two payments with one seq would
        // both be given the same share, and a return would refund it twice.
        if (seqs.contains(o.payments.last().seq))
            throw StoreException(makeError(ErrorCode::StoreDamaged,
                                           ReturnOriginalTr::tr("Receipt %1 has two payments numbered %2; it cannot be returned "
                                                                "until the store is repaired.")
                                               .arg(o.receiptNo)
                                               .arg(o.payments.last().seq)));
        seqs.insert(o.payments.last().seq);
    }
    for (auto it = lineShares.cbegin(); it != lineShares.cend(); ++it) {
        // A share of a payment the sale does not have was caught by a foreign key before step 23.
        for (const LineShare& share : it.value().entries())
            if (!seqs.contains(share.paymentSeq))
                throw StoreException(makeError(ErrorCode::StoreDamaged,
                                               ReturnOriginalTr::tr("Receipt %1 has a line share of payment %2, which the "
                                                                    "sale does not have; it cannot be returned until the "
                                                                    "store is repaired.")
                                                   .arg(o.receiptNo)
                                                   .arg(share.paymentSeq)));
        for (const ReturnOriginalPayment& pay : o.payments) {
            const LineShare share = it.value().of(pay.seq);
            if (share.amountMinor != 0 || share.points != 0)
                o.shares.insert({it.key(), pay.id}, {share.amountMinor, share.points});
        }
    }
    // What earlier returns here gave back of each line, per original payment: each return line's
    // share of the return's payment that refunds that original payment (negative on the return).
    Statement r = db.prepare(
        "SELECT rl.original_line_id, rl.tender_shares, rp.seq, rp.original_payment_id FROM sale_lines rl "
        "JOIN sale_payments rp ON rp.sale_id = rl.sale_id AND rp.original_payment_id IS NOT NULL "
        "WHERE rl.original_line_id IN (SELECT id FROM sale_lines WHERE sale_id = ?)");
    r.bind(1, o.id);
    while (r.step()) {
        const LineShare share = LineShares::decodeOrThrow(r.text(1)).of(int(r.int64(2)));
        for (ReturnOriginalLine& line : o.lines)
            if (line.id == r.int64(0)) {
                auto& sum = line.refundedHere[r.int64(3)];
                sum.first -= share.amountMinor;
                sum.second -= share.points;
            }
    }
    return o;
}

} // namespace patron
