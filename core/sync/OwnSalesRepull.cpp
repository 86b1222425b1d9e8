#include "sync/OwnSalesRepull.h"

#include "hq/HqReturnsClient.h"
#include "members/MemberActivity.h"
#include "sales/SaleCopy.h"
#include "sales/SaleCopyWithoutReceipt.h"
#include "sales/ShiftCopy.h"
#include "store/Database.h"

#include <QDateTime>

namespace patron {

namespace {

// The member's visit and spend counters (what RFM and the member reports read), moved as the
// checkout or return moved them when the sale was made: the backup predates that. Called only
// for a sale or return written now, so a second re-pull moves nothing. The last visit is the
// sale's time to the second (what the payload's sold_at keeps).
void countForMember(Database& db, qint64 saleId)
{
    Statement s = db.prepare("SELECT member_id, kind, total_minor, created_at FROM sales WHERE id = ?");
    s.bind(1, saleId);
    if (!s.step() || !s.optInt64(0))
        return;
    const qint64 member = s.int64(0), total = s.int64(2);
    const QDateTime at = QDateTime::fromString(s.text(3), Qt::ISODate);
    MemberActivity activity(db);
    if (s.text(1) == u"sale")
        activity.recordPurchase(member, total, at);
    else
        activity.recordReturn(member, -total, at);
}

} // namespace

bool OwnSalesRepull::writeEvent(const QJsonObject& event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
    // In push order: a shift's open comes before the sales booked to it.
    if (type == u"shift.opened")
        return ShiftCopy(m_db).writeOpened(payload);
    if (type == u"shift.closed")
        return ShiftCopy(m_db).writeClosed(payload);
    // Schema 10: the drawer's movements (after their shift's open) and the day closes.
    if (type == u"shift.cash_moved")
        return ShiftCopy(m_db).writeCashMoved(payload);
    if (type == u"day.closed")
        return ShiftCopy(m_db).writeDayClosed(payload);
    SaleCopy copy(m_db);
    std::optional<qint64> id;
    if (type == u"sale.completed") {
        if (!copy.saleId(Uuid::fromString(payload.value(QStringLiteral("sale_uuid")).toString())))
            id = copy.writeOwnSale(payload);
    } else if (type != u"sale.returned") {
        return false;
    } else if (payload.value(QStringLiteral("without_receipt")).toBool()) {
        id = SaleCopyWithoutReceipt(m_db).write(payload);
    } else {
        writeOriginal(event.value(QStringLiteral("original")).toObject(),
                      payload.value(QStringLiteral("returned_at")).toString());
        id = copy.writeOwnReturn(payload);
    }
    if (id)
        countForMember(m_db, *id);
    return id.has_value();
}

void OwnSalesRepull::writeOriginal(const QJsonObject& original, const QString& returnedAt)
{
    // Only with a return of another till's sale (schema 9): the copy the till fetched for the
    // return, which a backup older than the return lacks, fetched (as far as the till can tell)
    // when it was returned, with what other tills have returned of it by now. A copy the till
    // still holds is left as it is.
    const QJsonObject sale = original.value(QStringLiteral("sale")).toObject();
    SaleCopy copy(m_db);
    if (sale.isEmpty() || copy.saleId(Uuid::fromString(sale.value(QStringLiteral("sale_uuid")).toString())))
        return;
    const qint64 id = copy.writeForeign(sale, original.value(QStringLiteral("store")).toString(),
                                        original.value(QStringLiteral("till")).toString(), returnedAt);
    copy.setReturnedElsewhere(id, original.value(QStringLiteral("returned_elsewhere")).toArray(), returnedAt);
}

Result<int> OwnSalesRepull::fetch(PgConnection& conn, int pageSize)
{
    HqReturnsClient client(conn);
    int written = 0;
    qint64 after = 0;
    for (;;) {
        auto page = client.ownSales(after, pageSize);
        // A head office older than schema 6 cannot hand them back: the re-pull does without them
        // (head office's totals have them; only this till's reports lack them).
        if (!page && page.code() == ErrorCode::NotFound)
            return written;
        if (!page)
            return page.error();
        auto saved = guarded([&] {
            Transaction tx(m_db);
            int n = 0;
            for (const QJsonValue& v : page->events)
                n += writeEvent(v.toObject()) ? 1 : 0;
            tx.commit();
            return n;
        });
        if (!saved)
            return saved.error();
        written += *saved;
        after = page->after;
        if (!page->more)
            break;
    }
    return written;
}

} // namespace patron
