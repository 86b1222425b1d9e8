#pragma once
// Other tills' points entries (hq.points_ledger rows) for members this till knows, merged into
// the till's points ledger: inserted once by entry UUID (a second copy is ignored), the cached
// balance moved in the same transaction, and the FIFO lots kept consistent as PointsLedger keeps
// them (a credit pays off what is owed first; a debit consumes the oldest lots). A balance that
// goes below zero is left as it is and recorded in the audit log for a manager; the members
// screens list it (PointsLedger::negativeBalances). Entries of members the till does not hold
// are skipped: looking such a member up later brings their whole ledger.

#include "sync/PullHandler.h"

namespace patron {

class AuditLog;
class Clock;

class PointsPullHandler final : public PullHandler {
public:
    PointsPullHandler(AuditLog& audit, const Clock& clock) : m_audit(audit), m_clock(clock) {}
    void apply(Database& db, const PulledChange& change) override;

private:
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace patron
