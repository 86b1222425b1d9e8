#include "sales/SaleCopy.h"

#include "money/Allocation.h"
#include "money/Money.h"
#include "sales/LineShares.h"
#include "sales/ProductMonthRollup.h"
#include "sales/SalesSummary.h"
#include "sales/ShiftCopy.h"
#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

namespace patron {

namespace {

qint64 num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

struct LocalProduct {
    std::optional<qint64> id, categoryId;
    QString unit;
};

// The till's product for a pushed line's code (head office owns the catalog, so every till of the
// chain knows the same codes); a product since deleted leaves the copy without one, like an old
// sale of a deleted product.
LocalProduct productFor(Database& db, const QString& sku)
{
    Statement s = db.cached("SELECT id, category_id, unit FROM products WHERE sku = ?");
    s.bind(1, sku);
    LocalProduct p;
    if (s.step()) {
        p.id = s.int64(0);
        p.categoryId = s.optInt64(1);
        p.unit = s.text(2);
    }
    s.reset();
    return p;
}

std::optional<qint64> memberFor(Database& db, const QString& uuid)
{
    const Uuid u = Uuid::fromString(uuid);
    if (u.isNull())
        return std::nullopt;
    return db.queryInt64("SELECT id FROM members WHERE uuid = ?", u.bytes());
}

std::optional<qint64> shiftIdOf(const std::optional<Shift>& shift)
{
    return shift ? std::optional<qint64>(shift->id) : std::nullopt;
}

int hourOf(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.time().hour() : 0;
}

// Each line's share of each payment, as the selling till stored them (the payment's
// "line_shares"). A payload from before the shares travelled: every payment but the last is
// spread over the lines by their net (largest remainder), the last takes what each line has left,
// so each line's shares still add up to what it paid.
QHash<QPair<int, int>, QPair<qint64, qint64>> lineShares(const QJsonArray& lines, const QJsonArray& payments)
{
    QHash<QPair<int, int>, QPair<qint64, qint64>> out; // (line_no, payment index) -> (amount, points)
    bool given = true;
    for (const QJsonValue& p : payments)
        given = given && p.toObject().value(QStringLiteral("line_shares")).isArray();
    if (given) {
        for (int i = 0; i < payments.size(); ++i)
            for (const QJsonValue& v : payments[i].toObject().value(QStringLiteral("line_shares")).toArray()) {
                const QJsonObject s = v.toObject();
                out.insert({int(num(s, "line_no")), i}, {num(s, "amount_minor"), num(s, "points")});
            }
        return out;
    }
    QList<qint64> nets;
    QHash<int, qint64> left;
    for (const QJsonValue& v : lines) {
        nets.append(std::max<qint64>(0, num(v.toObject(), "total_minor")));
        left.insert(int(num(v.toObject(), "line_no")), num(v.toObject(), "total_minor"));
    }
    for (int i = 0; i < payments.size(); ++i) {
        const QJsonObject p = payments[i].toObject();
        const bool last = i == payments.size() - 1;
        const QList<qint64> amounts = allocateLargestRemainder(num(p, "amount_minor"), nets);
        const QList<qint64> points = allocateLargestRemainder(num(p, "points"), nets);
        for (int j = 0; j < lines.size(); ++j) {
            const int lineNo = int(num(lines[j].toObject(), "line_no"));
            const qint64 amount = last ? left.value(lineNo) : amounts.value(j);
            left[lineNo] -= amount;
            out.insert({lineNo, i}, {amount, points.value(j)});
        }
    }
    return out;
}
} // namespace

std::optional<qint64> SaleCopy::saleId(const Uuid& saleUuid) const
{
    return m_db.queryInt64("SELECT id FROM sales WHERE uuid = ?", saleUuid.bytes());
}

qint64 SaleCopy::writeForeign(const QJsonObject& sale, const QString& storeCode, const QString& tillCode,
                              const QString& fetchedAt)
{
    if (auto id = saleId(Uuid::fromString(str(sale, "sale_uuid"))))
        return *id;
    // The product-month roll-up counts every sale line after its mark: count this till's lines so
    // far, write the copy, and mark past it, so the copy is never rolled up.
    ProductMonthRollup rollup(m_db);
    rollup.rollUp();
    const qint64 id = insertSale(sale, false, std::nullopt);
    rollup.markAllCounted();
    m_db.execute("INSERT INTO foreign_sales(sale_id, store_code, till_code, fetched_at) VALUES (?, ?, ?, ?)", id,
                 storeCode, tillCode, fetchedAt);
    return id;
}

qint64 SaleCopy::writeOwnSale(const QJsonObject& sale)
{
    if (auto id = saleId(Uuid::fromString(str(sale, "sale_uuid"))))
        return *id;
    return insertSale(sale, true, ShiftCopy(m_db).bookedShift(sale));
}

qint64 SaleCopy::insertSale(const QJsonObject& sale, bool countInSummaries, const std::optional<Shift>& shift)
{
    const QJsonArray lines = sale.value(QStringLiteral("lines")).toArray();
    const QJsonArray payments = sale.value(QStringLiteral("payments")).toArray();
    const auto member = memberFor(m_db, str(sale, "member_uuid"));
    qint64 items = 0;
    for (const QJsonValue& v : lines)
        items += num(v.toObject(), "qty_milli");
    m_db.execute(
        "INSERT INTO sales(uuid, receipt_no, kind, business_day, created_at, cashier, shift_id, member_id, "
        "subtotal_minor, discount_minor, rounding_minor, total_minor, change_minor, items_milli) "
        "VALUES (?, ?, 'sale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Uuid::fromString(str(sale, "sale_uuid")).bytes(), str(sale, "receipt_no"), str(sale, "business_day"),
        str(sale, "sold_at"), str(sale, "cashier"), shiftIdOf(shift), member, num(sale, "subtotal_minor"), num(sale, "discount_minor"),
        num(sale, "rounding_minor"), num(sale, "total_minor"), num(sale, "change_minor"), items);
    const qint64 saleId = m_db.lastInsertRowId();

    SummaryFacts summary;
    summary.businessDay = QDate::fromString(str(sale, "business_day"), Qt::ISODate);
    summary.hour = hourOf(str(sale, "sold_at"));
    summary.cashier = str(sale, "cashier");
    summary.member = member.has_value();
    const auto shares = lineShares(lines, payments);
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        const LocalProduct p = productFor(m_db, str(l, "product_code"));
        const qint64 qty = num(l, "qty_milli"), net = num(l, "total_minor"), discount = num(l, "discount_minor");
        const qint64 cost = num(l, "cost_minor"); // the line's whole cost
        LineShares onLine; // payment i is written below with seq i + 1
        for (int i = 0; i < payments.size(); ++i) {
            const auto share = shares.value({int(num(l, "line_no")), i}, {0, 0});
            onLine.add(i + 1, share.first, share.second);
        }
        m_db.execute(
            "INSERT INTO sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, "
            "unit_price_minor, list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, "
            "rounding_minor, net_minor, unit_cost_minor, tax_bp, tender_shares) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), "
            "?, ?, ?, 0, 0, ?, 0, ?, ?, ?, ?)",
            Uuid::fromString(str(l, "line_uuid")).bytes(), saleId, num(l, "line_no"), p.id, str(l, "product_code"),
            str(l, "name"), p.categoryId, p.unit, qty, num(l, "unit_price_minor"), net + discount, discount, net,
            qty != 0 ? cost * 1000 / qty : 0, num(l, "tax_rate_bp"), onLine.encode());
        summary.lines.append({p.categoryId.value_or(0), qty, net + discount, net, cost});
    }
    qint64 change = num(sale, "change_minor");
    for (int i = 0; i < payments.size(); ++i) {
        const QJsonObject p = payments[i].toObject();
        const qint64 amount = num(p, "amount_minor");
        // Cash handed over = applied + change; the change went back on the (first) cash payment.
        const qint64 tendered = str(p, "tender") == u"cash" ? amount + std::exchange(change, 0) : amount;
        const QString reference = str(p, "reference");
        m_db.execute(
            "INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, reference) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            Uuid::fromString(str(p, "payment_uuid")).bytes(), saleId, qint64(i + 1), str(p, "tender"), amount, tendered,
            num(p, "points"), reference.isEmpty() ? QString() : reference);
        summary.tenders.append({str(p, "tender"), amount});
    }
    if (countInSummaries)
        recordInSummaries(m_db, summary, shift);
    return saleId;
}

std::optional<qint64> SaleCopy::writeOwnReturn(const QJsonObject& ret)
{
    const Uuid uuid = Uuid::fromString(str(ret, "return_uuid"));
    if (saleId(uuid))
        return std::nullopt;
    const auto original = saleId(Uuid::fromString(str(ret, "sale_uuid")));
    if (!original)
        return std::nullopt;
    const QJsonArray lines = ret.value(QStringLiteral("lines")).toArray();
    const QJsonArray payments = ret.value(QStringLiteral("payments")).toArray();
    const std::optional<qint64> member = m_db.queryInt64("SELECT member_id FROM sales WHERE id = ?", *original);
    const std::optional<Shift> shift = ShiftCopy(m_db).bookedShift(ret);

    struct OriginalLine {
        qint64 id, productId, categoryId, qty, unitPrice, list, unitCost, tax;
        QString sku, name, unit;
    };
    QHash<int, OriginalLine> byNo;
    Statement ol = m_db.prepare(
        "SELECT line_no, id, coalesce(product_id, 0), coalesce(category_id, 0), qty_milli, unit_price_minor, "
        "list_minor, unit_cost_minor, tax_bp, sku, name, unit FROM sale_lines WHERE sale_id = ?");
    ol.bind(1, *original);
    while (ol.step())
        byNo.insert(int(ol.int64(0)), {ol.int64(1), ol.int64(2), ol.int64(3), ol.int64(4), ol.int64(5), ol.int64(6),
                                       ol.int64(7), ol.int64(8), ol.text(9), ol.text(10), ol.text(11)});
    QHash<QString, qint64> originalPayments; // payment uuid -> id
    QHash<QString, qint64> paymentByTender;  // tender -> id (payloads that did not name the payment)
    Statement op = m_db.prepare("SELECT uuid, id, tender FROM sale_payments WHERE sale_id = ? ORDER BY seq DESC");
    op.bind(1, *original);
    while (op.step()) {
        originalPayments.insert(Uuid::fromBytes(op.blob(0)).toString(), op.int64(1));
        paymentByTender.insert(op.text(2), op.int64(1));
    }

    qint64 items = 0, listBack = 0;
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        const OriginalLine o = byNo.value(int(num(l, "original_line_no")));
        items += num(l, "qty_milli");
        listBack += o.qty != 0 ? o.list * num(l, "qty_milli") / o.qty : 0;
    }
    const qint64 total = num(ret, "total_minor");
    m_db.execute(
        "INSERT INTO sales(uuid, receipt_no, kind, original_sale_id, business_day, created_at, cashier, shift_id, "
        "member_id, subtotal_minor, discount_minor, rounding_minor, total_minor, items_milli, reason, authorized_by) "
        "VALUES (?, ?, 'return', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
        uuid.bytes(), str(ret, "receipt_no"), *original, str(ret, "business_day"), str(ret, "returned_at"),
        str(ret, "cashier"), shiftIdOf(shift), member, listBack, listBack - total, total, items, str(ret, "reason"),
        str(ret, "authorized_by"));
    const qint64 returnId = m_db.lastInsertRowId();

    SummaryFacts summary;
    summary.businessDay = QDate::fromString(str(ret, "business_day"), Qt::ISODate);
    summary.hour = hourOf(str(ret, "returned_at"));
    summary.cashier = str(ret, "cashier");
    summary.isReturn = true;
    summary.member = member.has_value();
    QHash<qint64, int> returnPaymentFor; // original payment id -> the return's payment seq
    QList<qint64> returnAmounts;         // per payment of the return, seq order
    for (int i = 0; i < payments.size(); ++i) {
        const QJsonObject p = payments[i].toObject();
        const qint64 originalPayment =
            originalPayments.value(str(p, "original_payment_uuid"), paymentByTender.value(str(p, "tender"), 0));
        const qint64 amount = num(p, "amount_minor");
        m_db.execute("INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor, points, "
                     "original_payment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     Uuid::fromString(str(p, "payment_uuid")).bytes(), returnId, qint64(i + 1), str(p, "tender"),
                     amount, amount, num(p, "points"),
                     originalPayment ? std::optional<qint64>(originalPayment) : std::nullopt);
        returnPaymentFor.insert(originalPayment, i + 1);
        returnAmounts.append(-amount);
        summary.tenders.append({str(p, "tender"), amount});
    }
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines[i].toObject();
        const OriginalLine o = byNo.value(int(num(l, "original_line_no")));
        const qint64 q = num(l, "qty_milli"), net = num(l, "total_minor"); // both negative
        const qint64 list = o.qty != 0 ? o.list * q / o.qty : 0;
        // The line's refund per payment, as the till sent it; a payload from before that spreads
        // the line over the return's payments by their amounts.
        LineShares onLine;
        if (l.value(QStringLiteral("tenders")).isArray()) {
            for (const QJsonValue& tv : l.value(QStringLiteral("tenders")).toArray()) {
                const QJsonObject t = tv.toObject();
                const int payment = returnPaymentFor.value(originalPayments.value(str(t, "payment_uuid")), 0);
                if (payment)
                    onLine.add(payment, num(t, "amount_minor"), num(t, "points"));
            }
        } else {
            const QList<qint64> parts = allocateLargestRemainder(-net, returnAmounts);
            for (int j = 0; j < returnAmounts.size(); ++j)
                onLine.add(j + 1, -parts.value(j));
        }
        m_db.execute(
            "INSERT INTO sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, "
            "unit_price_minor, list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, "
            "rounding_minor, net_minor, unit_cost_minor, tax_bp, original_line_id, tender_shares) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 0, ?, ?, ?, ?, ?)",
            Uuid::fromString(str(l, "line_uuid")).bytes(), returnId, qint64(i + 1),
            o.productId ? std::optional<qint64>(o.productId) : std::nullopt, o.sku, o.name,
            o.categoryId ? std::optional<qint64>(o.categoryId) : std::nullopt, o.unit, q, o.unitPrice, list, list - net,
            net, o.unitCost, o.tax, o.id ? std::optional<qint64>(o.id) : std::nullopt, onLine.encode());
        summary.lines.append({o.categoryId, q, list, net, -multiplyMilli(o.unitCost, -q)});
    }
    recordInSummaries(m_db, summary, shift);
    return returnId;
}

void SaleCopy::setReturnedElsewhere(qint64 saleId, const QJsonArray& returned, const QString& at)
{
    m_db.execute("DELETE FROM returned_elsewhere WHERE sale_line_id IN (SELECT id FROM sale_lines WHERE sale_id = ?)",
                 saleId);
    for (const QJsonValue& v : returned) {
        const QJsonObject r = v.toObject();
        const auto lineId =
            m_db.queryInt64("SELECT id FROM sale_lines WHERE sale_id = ? AND line_no = ?", saleId, num(r, "line_no"));
        if (!lineId || num(r, "qty_milli") <= 0)
            continue;
        m_db.execute("INSERT INTO returned_elsewhere(sale_line_id, qty_milli, exact_qty_milli, refunds, updated_at) "
                     "VALUES (?, ?, ?, ?, ?)",
                     *lineId, num(r, "qty_milli"), num(r, "exact_qty_milli"),
                     QString::fromUtf8(
                         QJsonDocument(r.value(QStringLiteral("tenders")).toArray()).toJson(QJsonDocument::Compact)),
                     at);
    }
}

} // namespace patron
