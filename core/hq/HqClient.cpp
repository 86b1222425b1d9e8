#include "hq/HqClient.h"

#include "common/Clock.h"
#include "hq/PgConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqClientTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqClient)
};

namespace {

// Drift is measured in milliseconds, so the till's time travels with them (isoWithOffset has seconds).
QString isoWithMs(const QDateTime& t) { return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs); }

// A function a later head-office schema adds, called on an older head office (42883).
Error missingAtHeadOffice(int schema)
{
    return makeError(ErrorCode::NotFound,
                     HqClientTr::tr("Head office needs schema version %1 for this; run \"patron-cli hq init\" there.")
                         .arg(schema));
}

Error malformedReply()
{
    return makeError(ErrorCode::Internal, HqClientTr::tr("Head office sent a reply this till does not understand."));
}
QList<PulledChange> changesFrom(const QJsonObject& page)
{
    QList<PulledChange> out;
    for (const QJsonValue& v : page.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        PulledChange ch;
        ch.kind = c.value(QStringLiteral("kind")).toString();
        ch.key = c.value(QStringLiteral("key")).toString();
        ch.deleted = c.value(QStringLiteral("data")).isNull();
        ch.data = c.value(QStringLiteral("data")).toObject();
        out.append(std::move(ch));
    }
    return out;
}
} // namespace

QJsonObject HqClient::batchJson(const QList<OutboxEvent>& events)
{
    QJsonArray arr;
    for (const OutboxEvent& e : events)
        arr.append(QJsonObject{{QStringLiteral("uuid"), e.uuid.toString()},
                               {QStringLiteral("type"), e.type},
                               {QStringLiteral("version"), e.version},
                               {QStringLiteral("hlc"), e.hlc},
                               {QStringLiteral("store"), e.storeCode},
                               {QStringLiteral("till"), e.tillCode},
                               {QStringLiteral("created_at"), e.createdAt},
                               {QStringLiteral("payload"), e.payload}});
    return {{QStringLiteral("events"), arr}};
}

Result<PushAck> HqClient::push(const QList<OutboxEvent>& events)
{
    const QString batch = QString::fromUtf8(QJsonDocument(batchJson(events)).toJson(QJsonDocument::Compact));
    auto r = m_conn.exec("SELECT hq.push_events($1::jsonb)", {batch});
    if (!r)
        return r.error();
    const QJsonObject o = r->json(0, 0).object();
    if (!o.contains(QStringLiteral("applied")))
        return malformedReply();
    PushAck ack;
    ack.applied = o.value(QStringLiteral("applied")).toInt();
    ack.duplicates = o.value(QStringLiteral("duplicate")).toInt();
    ack.unknownType = o.value(QStringLiteral("unknown_type")).toInt();
    ack.unsupportedVersion = o.value(QStringLiteral("unsupported_version")).toInt();
    ack.rejected = o.value(QStringLiteral("rejected")).toInt();
    ack.hqTime = QDateTime::fromString(o.value(QStringLiteral("hq_time")).toString(), Qt::ISODateWithMs);
    if (ack.total() != events.size())
        return malformedReply();
    return ack;
}

Result<PullPage> HqClient::pull(const QString& cursor, int maxRows)
{
    auto r = m_conn.exec("SELECT hq.pull($1, $2)", {cursor.isEmpty() ? PgValue(std::nullopt) : PgValue(cursor), maxRows});
    if (!r)
        return r.error();
    const QJsonObject o = r->json(0, 0).object();
    if (!o.value(QStringLiteral("cursor")).isString())
        return malformedReply();
    PullPage page;
    page.cursor = o.value(QStringLiteral("cursor")).toString();
    page.more = o.value(QStringLiteral("more")).toBool();
    page.changes = changesFrom(o);
    return page;
}

Result<ClockSample> HqClient::clockCheck(const QDateTime& tillNow)
{
    auto r = m_conn.exec("SELECT hq.clock_check($1::timestamptz)", {isoWithMs(tillNow)});
    if (!r)
        return r.error();
    const QJsonObject o = r->json(0, 0).object();
    ClockSample s;
    s.driftMs = o.value(QStringLiteral("drift_ms")).toInteger();
    s.warnMs = o.value(QStringLiteral("warn_ms")).toInteger();
    s.hqTime = QDateTime::fromString(o.value(QStringLiteral("hq_time")).toString(), Qt::ISODateWithMs);
    return s;
}

Result<QJsonArray> HqClient::lookupMember(const QString& query)
{
    if (query.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, HqClientTr::tr("Enter a mobile or card number to look up."));
    auto r = m_conn.exec("SELECT hq.lookup_member($1)", {query.trimmed()});
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

Result<WalletHold> HqClient::reserveWallet(const Uuid& member, const Uuid& sale, qint64 amountMinor,
                                          const QJsonArray& unpushed)
{
    const QString pending = QString::fromUtf8(QJsonDocument(unpushed).toJson(QJsonDocument::Compact));
    auto r = m_conn.exec("SELECT hq.reserve_wallet($1::uuid, $2::uuid, $3, $4::jsonb)",
                         {member.toString(), sale.toString(), amountMinor, pending});
    if (!r)
        return r.error();
    const QJsonObject o = r->json(0, 0).object();
    if (!o.value(QStringLiteral("reserved")).isBool())
        return malformedReply();
    WalletHold hold;
    hold.reserved = o.value(QStringLiteral("reserved")).toBool();
    hold.repeated = o.value(QStringLiteral("repeated")).toBool();
    hold.availableMinor = o.value(QStringLiteral("available_minor")).toInteger();
    return hold;
}

Result<bool> HqClient::releaseWallet(const Uuid& sale)
{
    auto r = m_conn.exec("SELECT hq.release_wallet($1::uuid)", {sale.toString()});
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? missingAtHeadOffice(5) : r.error();
    return r->boolean(0, 0);
}

Result<PullPage> HqClient::ownEntries(qint64 afterSeq, int maxRows)
{
    auto r = m_conn.exec("SELECT hq.own_entries($1, $2)", {afterSeq, maxRows});
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? missingAtHeadOffice(3) : r.error();
    const QJsonObject o = r->json(0, 0).object();
    if (!o.value(QStringLiteral("after")).isDouble())
        return malformedReply();
    PullPage page;
    page.cursor = QString::number(o.value(QStringLiteral("after")).toInteger());
    page.more = o.value(QStringLiteral("more")).toBool();
    page.changes = changesFrom(o);
    return page;
}

Result<QList<ReceiptHigh>> HqClient::ownReceipts()
{
    auto r = m_conn.exec("SELECT hq.own_receipts()");
    if (!r)
        return m_conn.lastSqlState() == u"42883" ? missingAtHeadOffice(3) : r.error();
    QList<ReceiptHigh> out;
    for (const QJsonValue& v : r->json(0, 0).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("epoch")).toInteger(), o.value(QStringLiteral("last_seq")).toInteger()});
    }
    return out;
}

} // namespace patron
