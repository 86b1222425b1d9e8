#include "reports/ReportRules.h"

#include "auth/AuditLog.h"
#include "members/LoyaltyRuleBook.h"
#include "store/Database.h"
#include "sync/Outbox.h"

namespace patron {

Result<LoyaltyRules> loyaltyRulesForReports(Database& reader, const Clock& clock)
{
    return guarded([&] {
        // The rule book only reads here; its audit log and outbox are never written through.
        AuditLog audit(reader, clock);
        Outbox outbox(reader, QString(), QString(), clock);
        LoyaltyRuleBook book(reader, clock, audit, outbox);
        return book.current();
    });
}

} // namespace patron
