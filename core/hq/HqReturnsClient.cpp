#include "hq/HqReturnsClient.h"

#include "hq/PgConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqReturnsClientTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqReturnsClient)
};

namespace {

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Error olderHeadOffice()
{
    return makeError(ErrorCode::NotFound,
                     HqReturnsClientTr::tr("Head office needs schema version 8 for returns across stores; run "
                                           "\"patron-cli hq init\" there."));
}

Error malformedReply()
{
    return makeError(ErrorCode::Internal,
                     HqReturnsClientTr::tr("Head office sent a reply this till does not understand."));
}
} // namespace

Result<std::optional<HqSaleForReturn>> HqReturnsClient::saleForReturn(const QString& receiptNo,
                                                                        std::optional<qint64> totalMinor)
{
    auto r = m_conn.exec("SELECT hq.sale_for_return($1, $2::bigint)",
                         {receiptNo.trimmed().toUpper(), totalMinor ? PgValue(*totalMinor) : PgValue(std::nullopt)});
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? olderHeadOffice() : r.error();
    if (r->isNull(0, 0))
        return std::optional<HqSaleForReturn>();
    const QJsonObject o = r->json(0, 0).object();
    if (o.value(QStringLiteral("limited")).toBool())
        return makeError(ErrorCode::Refused,
                         HqReturnsClientTr::tr("Head office refuses receipt look-ups from this till for now: too many "
                                               "receipts were asked for with a wrong number or total in the last "
                                               "hour. Try again later, or ask head office."));
    if (!o.value(QStringLiteral("sale")).isObject())
        return malformedReply();
    HqSaleForReturn s;
    s.storeCode = o.value(QStringLiteral("store")).toString();
    s.tillCode = o.value(QStringLiteral("till")).toString();
    s.sale = o.value(QStringLiteral("sale")).toObject();
    s.returnedElsewhere = o.value(QStringLiteral("returned_elsewhere")).toArray();
    s.member = o.value(QStringLiteral("member")).toObject();
    return std::optional<HqSaleForReturn>(std::move(s));
}

Result<HqReturnHold> HqReturnsClient::reserve(const Uuid& returnUuid, const Uuid& saleUuid, const QJsonArray& lines,
                                              const QJsonArray& pending)
{
    auto r = m_conn.exec("SELECT hq.reserve_return($1::uuid, $2::uuid, $3::jsonb, $4::jsonb)",
                         {returnUuid.toString(), saleUuid.toString(), compact(lines), compact(pending)});
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? olderHeadOffice() : r.error();
    const QJsonObject o = r->json(0, 0).object();
    if (!o.value(QStringLiteral("reserved")).isBool())
        return malformedReply();
    HqReturnHold h;
    h.reserved = o.value(QStringLiteral("reserved")).toBool();
    h.known = o.value(QStringLiteral("known")).toBool();
    h.repeated = o.value(QStringLiteral("repeated")).toBool();
    h.lines = o.value(QStringLiteral("lines")).toArray();
    return h;
}

Result<bool> HqReturnsClient::release(const Uuid& returnUuid)
{
    auto r = m_conn.exec("SELECT hq.release_return($1::uuid)", {returnUuid.toString()});
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? olderHeadOffice() : r.error();
    return r->boolean(0, 0);
}

Result<bool> HqReturnsClient::confirm(const Uuid& returnUuid)
{
    auto r = m_conn.exec("SELECT hq.confirm_return($1::uuid)", {returnUuid.toString()});
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? olderHeadOffice() : r.error();
    return r->boolean(0, 0);
}

Result<HqOwnSalesPage> HqReturnsClient::ownSales(qint64 afterSeq, int maxRows)
{
    auto r = m_conn.exec("SELECT hq.own_sales($1, $2)", {afterSeq, maxRows});
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? olderHeadOffice() : r.error();
    const QJsonObject o = r->json(0, 0).object();
    if (!o.value(QStringLiteral("after")).isDouble())
        return malformedReply();
    HqOwnSalesPage page;
    page.after = o.value(QStringLiteral("after")).toInteger();
    page.more = o.value(QStringLiteral("more")).toBool();
    page.events = o.value(QStringLiteral("events")).toArray();
    return page;
}

} // namespace patron
