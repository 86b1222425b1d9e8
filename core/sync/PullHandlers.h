#pragma once
// Every domain's PullHandler, built on the sync connection's own services and registered on a
// PullInbox: products, promotions, members, points and wallet entries, rules. The
// till's sync thread and `patron-cli sync` both install them, so both apply the same way.
// Must outlive the inbox's use of the handlers.

#include "auth/AuditLog.h"
#include "catalog/ProductCatalog.h"
#include "members/LoyaltyRuleBook.h"
#include "members/MemberSearchIndex.h"

namespace patron {

class Clock;
class Database;
class Outbox;
class PullInbox;

class PullHandlers {
public:
    PullHandlers(Database& db, Outbox& outbox, const Clock& clock);

    void install(PullInbox& inbox);

private:
    Outbox& m_outbox;
    const Clock& m_clock;
    AuditLog m_audit;
    ProductCatalog m_catalog;
    LoyaltyRuleBook m_rules;
    MemberSearchIndex m_index;
};

} // namespace patron
