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

Error malformedReply()
{
    return makeError(ErrorCode::Internal, HqClientTr::tr("Head office sent a reply this till does not understand."));
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
    for (const QJsonValue& v : o.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        PulledChange ch;
        ch.kind = c.value(QStringLiteral("kind")).toString();
        ch.key = c.value(QStringLiteral("key")).toString();
        ch.deleted = c.value(QStringLiteral("data")).isNull();
        ch.data = c.value(QStringLiteral("data")).toObject();
        page.changes.append(std::move(ch));
    }
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

} // namespace patron
