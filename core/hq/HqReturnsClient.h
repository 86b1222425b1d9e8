#pragma once
// The till's head-office calls for returns (schema 6, 8): fetch a sale of any store by receipt
// number and total, hold the quantities a return takes back chain-wide, let go of a hold, and hand a
// restored till back its own sales. Each call is one statement, so one PostgreSQL transaction.

#include "common/Result.h"
#include "common/Uuid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace patron {

class PgConnection;

// hq.sale_for_return's answer.
struct HqSaleForReturn {
    QString storeCode, tillCode;  // where the sale was made
    QJsonObject sale;             // the sale.completed payload as that till sent it
    // What other tills returned: [{"line_no", "qty_milli", "exact_qty_milli", "tenders": [{"payment_uuid",
    // "amount_minor", "points"}]}] (see core/hq/HqSchemaV6SaleReturns.cpp).
    QJsonArray returnedElsewhere;
    QJsonObject member;           // {"member", "points", "wallet"}, or empty without a member
};

// hq.reserve_return's answer.
struct HqReturnHold {
    bool reserved = false;
    bool known = false;    // head office has the sale (else nothing could be held: see schema 6)
    bool repeated = false; // the same return asked again
    QJsonArray lines;      // [{"line_no", "sold_milli", "returned_milli", "wanted_milli"?}]
};

// One page of hq.own_sales.
struct HqOwnSalesPage {
    qint64 after = 0; // the next page's afterSeq
    bool more = false;
    QJsonArray events; // [{"type": "sale.completed"|"sale.returned", "payload"}]
};

class HqReturnsClient {
public:
    explicit HqReturnsClient(PgConnection& conn) : m_conn(conn) {}

    // `totalMinor`: the total printed on the receipt; head office answers without it only for
    // the calling till's own sale. nullopt: head office has no sale with this number and total.
    // Refused: too many failed look-ups from this till lately. NotFound: head office older than
    // schema 8.
    Result<std::optional<HqSaleForReturn>> saleForReturn(const QString& receiptNo, std::optional<qint64> totalMinor);
    // `lines`: [{"line_no", "qty_milli"}]; `pending`: this till's sale.returned payloads of the
    // sale not pushed yet.
    Result<HqReturnHold> reserve(const Uuid& returnUuid, const Uuid& saleUuid, const QJsonArray& lines,
                                 const QJsonArray& pending);
    Result<bool> release(const Uuid& returnUuid);
    // The return was committed: its hold lasts until its event arrives. NotFound: head office older than 7.
    Result<bool> confirm(const Uuid& returnUuid);
    Result<HqOwnSalesPage> ownSales(qint64 afterSeq, int maxRows);

private:
    PgConnection& m_conn;
};

} // namespace patron
