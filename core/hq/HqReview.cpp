#include "hq/HqReview.h"

#include "hq/PgConnection.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqReviewTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqReview)
};

Result<QJsonArray> HqReview::conflicts(bool includeResolved)
{
    auto r = m_conn.exec(
        "SELECT coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'kind', c.kind, 'member_uuid', c.member_uuid,"
        " 'other_uuid', c.other_uuid, 'store', c.store_code, 'details', c.details, 'detected_at', c.detected_at,"
        " 'resolved_at', c.resolved_at, 'resolution', c.resolution) ORDER BY c.id), '[]')"
        " FROM hq.conflicts c WHERE $1 OR c.resolved_at IS NULL",
        {includeResolved});
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

Result<void> HqReview::resolveConflict(qint64 id, const QString& resolution)
{
    if (resolution.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, HqReviewTr::tr("Say how the conflict was resolved."));
    auto r = m_conn.exec("UPDATE hq.conflicts SET resolved_at = now(), resolution = $2"
                         " WHERE id = $1 AND resolved_at IS NULL RETURNING id",
                         {id, resolution.trimmed()});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return makeError(ErrorCode::NotFound, HqReviewTr::tr("There is no open conflict %1.").arg(id));
    return {};
}

Result<QJsonArray> HqReview::unappliedEvents(const QString& status)
{
    auto r = m_conn.exec(
        "SELECT coalesce(jsonb_agg(jsonb_build_object('uuid', e.uuid, 'type', e.type, 'version', e.version,"
        " 'store', e.store_code, 'till', e.till_code, 'status', e.status, 'problem', e.problem,"
        " 'received_at', e.received_at) ORDER BY e.seq), '[]')"
        " FROM hq.events e WHERE e.status <> 'applied' AND ($1::text IS NULL OR e.status = $1)",
        {status.isEmpty() ? PgValue(std::nullopt) : PgValue(status)});
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

Result<QJsonObject> HqReview::eventCounts()
{
    auto r = m_conn.exec("SELECT coalesce(jsonb_object_agg(status, n), '{}') FROM"
                         " (SELECT status, count(*) AS n FROM hq.events GROUP BY status) s");
    if (!r)
        return r.error();
    return r->json(0, 0).object();
}

Result<QJsonObject> HqReview::reapply()
{
    auto r = m_conn.exec("SELECT hq.reapply()");
    if (!r)
        return r.error();
    return r->json(0, 0).object();
}

Result<QJsonArray> HqReview::driftWarnings(int limit)
{
    auto r = m_conn.exec(
        "SELECT coalesce(jsonb_agg(x ORDER BY x ->> 'hq_time' DESC), '[]') FROM ("
        " SELECT jsonb_build_object('store', s.code, 'till', t.code, 'drift_ms', d.drift_ms,"
        " 'till_time', d.till_time, 'hq_time', d.hq_time) AS x"
        " FROM hq.clock_drift d JOIN hq.tills t ON t.id = d.till_id JOIN hq.stores s ON s.id = t.store_id"
        " WHERE d.warned ORDER BY d.id DESC LIMIT $1) w",
        {limit});
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

} // namespace patron
