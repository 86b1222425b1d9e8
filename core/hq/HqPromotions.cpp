#include "hq/HqPromotions.h"

#include "hq/HqCatalog.h"
#include "hq/PgConnection.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqPromotionsTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqPromotions)
};

Result<void> HqPromotions::save(const HqPromotion& p)
{
    if (const QString problem = p.problem(); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    return HqCatalog(m_conn).upsertPromotion(p.code, p.terms.name, p.definition(), p.terms.active);
}

Result<void> HqPromotions::end(const QString& code)
{
    auto r = m_conn.exec("UPDATE hq.promotions SET active = false, updated_at = now() WHERE code = $1 AND active"
                         " RETURNING code",
                         {code.trimmed()});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return makeError(ErrorCode::NotFound,
                         HqPromotionsTr::tr("Head office has no running promotion %1.").arg(code.trimmed()));
    return {};
}

Result<QJsonArray> HqPromotions::list(bool includeEnded)
{
    auto r = m_conn.exec("SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY p.code), '[]') FROM hq.promotions p"
                         " WHERE p.active OR $1",
                         {includeEnded});
    if (!r)
        return r.error();
    return r->json(0, 0).array();
}

} // namespace patron
