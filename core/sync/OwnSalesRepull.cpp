#include "sync/OwnSalesRepull.h"

#include "hq/HqReturnsClient.h"
#include "members/MemberActivity.h"
#include "sales/SaleCopy.h"
#include "sales/SaleCopyWithoutReceipt.h"
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
            SaleCopy copy(m_db);
            SaleCopyWithoutReceipt withoutReceipt(m_db);
            int n = 0;
            for (const QJsonValue& v : page->events) {
                const QJsonObject e = v.toObject();
                const QJsonObject payload = e.value(QStringLiteral("payload")).toObject();
                std::optional<qint64> id;
                if (e.value(QStringLiteral("type")).toString() == u"sale.completed") {
                    if (!copy.saleId(Uuid::fromString(payload.value(QStringLiteral("sale_uuid")).toString())))
                        id = copy.writeOwnSale(payload);
                } else if (payload.value(QStringLiteral("without_receipt")).toBool()) {
                    id = withoutReceipt.write(payload);
                } else {
                    id = copy.writeOwnReturn(payload);
                }
                if (id) {
                    countForMember(m_db, *id);
                    ++n;
                }
            }
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
