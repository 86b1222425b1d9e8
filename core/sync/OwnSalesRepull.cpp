#include "sync/OwnSalesRepull.h"

#include "hq/HqReturnsClient.h"
#include "sales/SaleCopy.h"
#include "store/Database.h"

namespace patron {

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
            int n = 0;
            for (const QJsonValue& v : page->events) {
                const QJsonObject e = v.toObject();
                const QJsonObject payload = e.value(QStringLiteral("payload")).toObject();
                if (e.value(QStringLiteral("type")).toString() == u"sale.completed") {
                    if (!copy.saleId(Uuid::fromString(payload.value(QStringLiteral("sale_uuid")).toString()))) {
                        copy.writeOwnSale(payload);
                        ++n;
                    }
                } else if (copy.writeOwnReturn(payload)) {
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
