#include "sales/SaleCopyWithoutReceipt.h"

#include "common/Uuid.h"
#include "money/Allocation.h"
#include "money/Money.h"
#include "sales/LineShares.h"
#include "sales/SalesSummary.h"
#include "sales/ShiftCopy.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>

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

} // namespace

std::optional<qint64> SaleCopyWithoutReceipt::write(const QJsonObject& ret)
{
    const Uuid uuid = Uuid::fromString(str(ret, "return_uuid"));
    if (uuid.isNull() || m_db.queryInt64("SELECT id FROM sales WHERE uuid = ?", uuid.bytes()))
        return std::nullopt;
    const QJsonArray lines = ret.value(QStringLiteral("lines")).toArray();
    const QJsonArray payments = ret.value(QStringLiteral("payments")).toArray();
    // Before the lines, payments and cashier travelled (together), the payload held only the
    // total: which tender refunded it is unknown, and guessing would put the refund in the wrong
    // drawer.
    if (payments.isEmpty() || !ret.value(QStringLiteral("cashier")).isString())
        return std::nullopt;

    qint64 items = 0;
    for (const QJsonValue& v : lines)
        items += num(v.toObject(), "qty_milli");
    const qint64 total = num(ret, "total_minor"); // negative
    const QString returnedAt = str(ret, "returned_at");
    const std::optional<Shift> shift = ShiftCopy(m_db).bookedShift(ret);
    m_db.execute("INSERT INTO sales(uuid, receipt_no, kind, business_day, created_at, cashier, shift_id, subtotal_minor, "
                 "discount_minor, rounding_minor, total_minor, items_milli, reason, authorized_by) "
                 "VALUES (?, ?, 'return', ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)",
                 uuid.bytes(), str(ret, "receipt_no"), str(ret, "business_day"), returnedAt, str(ret, "cashier"),
                 shift ? std::optional<qint64>(shift->id) : std::nullopt, total,
                 total, items, str(ret, "reason"), str(ret, "authorized_by"));
    const qint64 returnId = m_db.lastInsertRowId();

    SummaryFacts summary;
    summary.businessDay = QDate::fromString(str(ret, "business_day"), Qt::ISODate);
    const QDateTime at = QDateTime::fromString(returnedAt, Qt::ISODate);
    summary.hour = at.isValid() ? at.time().hour() : 0;
    summary.cashier = str(ret, "cashier");
    summary.isReturn = true;
    QList<qint64> refunds; // per payment, seq order
    for (int i = 0; i < payments.size(); ++i) {
        const QJsonObject p = payments[i].toObject();
        const qint64 amount = num(p, "amount_minor"); // negative
        m_db.execute("INSERT INTO sale_payments(uuid, sale_id, seq, tender, amount_minor, tendered_minor) "
                     "VALUES (?, ?, ?, ?, ?, ?)",
                     Uuid::fromString(str(p, "payment_uuid")).bytes(), returnId, qint64(i + 1), str(p, "tender"), amount,
                     amount);
        refunds.append(-amount);
        summary.tenders.append({str(p, "tender"), amount});
    }
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        // The till's product for the code, as a pushed sale's line (head office owns the catalog);
        // a code it does not know leaves the line without a product (and without a unit).
        std::optional<qint64> productId, categoryId;
        QString unit;
        Statement s = m_db.cached("SELECT id, category_id, unit FROM products WHERE sku = ?");
        s.bind(1, str(l, "product_code"));
        if (s.step()) {
            productId = s.int64(0);
            categoryId = s.optInt64(1);
            unit = s.text(2);
        }
        s.reset();
        const qint64 q = num(l, "qty_milli"), net = num(l, "total_minor"); // both negative
        const qint64 unitCost = num(l, "unit_cost_minor");
        // Each line's refund per tender: ReturnService refunds in one tender; should a payload
        // carry more, the line is spread over them by their amounts.
        const QList<qint64> parts = allocateLargestRemainder(-net, refunds);
        LineShares shares;
        for (int j = 0; j < refunds.size(); ++j)
            shares.add(j + 1, -parts.value(j));
        m_db.execute(
            "INSERT INTO sale_lines(uuid, sale_id, line_no, product_id, sku, name, category_id, unit, qty_milli, "
            "unit_price_minor, list_minor, promo_discount_minor, line_discount_minor, order_discount_minor, "
            "rounding_minor, net_minor, unit_cost_minor, tax_bp, tender_shares) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), "
            "?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?)",
            Uuid::fromString(str(l, "line_uuid")).bytes(), returnId, num(l, "line_no"), productId,
            str(l, "product_code"), str(l, "name"), categoryId, unit, q, num(l, "unit_price_minor"), net, net, unitCost,
            num(l, "tax_rate_bp"), shares.encode());
        summary.lines.append({categoryId.value_or(0), q, net, net, -multiplyMilli(unitCost, -q)});
    }
    recordInSummaries(m_db, summary, shift);
    return returnId;
}

} // namespace patron
