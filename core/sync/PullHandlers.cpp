#include "sync/PullHandlers.h"

#include "catalog/Pinyin.h"
#include "sync/CatalogPullHandler.h"
#include "sync/MemberPullHandler.h"
#include "sync/PointsPullHandler.h"
#include "sync/PromotionPullHandler.h"
#include "sync/PullInbox.h"
#include "sync/RulePullHandler.h"
#include "sync/WalletPullHandler.h"

namespace patron {

PullHandlers::PullHandlers(Database& db, Outbox& outbox, const Clock& clock)
    : m_outbox(outbox), m_clock(clock), m_audit(db, clock), m_catalog(db, m_audit, outbox, clock),
      m_rules(db, clock, m_audit, outbox), m_index(db, [](const QString& name) { return pinyinInitials(name, 8); })
{
}

void PullHandlers::install(PullInbox& inbox)
{
    inbox.setHandler(QStringLiteral("rule"), std::make_shared<RulePullHandler>());
    inbox.setHandler(QStringLiteral("product"), std::make_shared<CatalogPullHandler>(m_catalog, m_audit));
    // Promotions after the products they name ("product" < "promotion").
    inbox.setHandler(QStringLiteral("promotion"), std::make_shared<PromotionPullHandler>(m_audit, m_clock));
    // Members before their ledger entries: the inbox applies kinds in key order ("member" <
    // "points" < "wallet"), so an entry never waits on a member pulled in the same batch.
    inbox.setHandler(QStringLiteral("member"), std::make_shared<MemberPullHandler>(m_outbox, m_index, m_rules, m_clock));
    inbox.setHandler(QStringLiteral("points"), std::make_shared<PointsPullHandler>(m_audit, m_clock));
    inbox.setHandler(QStringLiteral("wallet"), std::make_shared<WalletPullHandler>(m_audit, m_clock));
}

} // namespace patron
