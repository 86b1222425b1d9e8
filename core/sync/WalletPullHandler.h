#pragma once
// Other tills' stored-value entries (hq.wallet_ledger rows) for members this till knows, merged
// into the till's wallet ledger: inserted once by entry UUID (a second copy is ignored), principal
// and bonus kept apart, the cached balances moved in the same transaction. A balance that goes
// below zero (two stores spent the same money offline) is left as it is and recorded in the
// audit log for a manager, never fixed. Entries of members the till does not hold are skipped.

#include "sync/PullHandler.h"

namespace patron {

class AuditLog;
class Clock;

class WalletPullHandler final : public PullHandler {
public:
    WalletPullHandler(AuditLog& audit, const Clock& clock) : m_audit(audit), m_clock(clock) {}
    void apply(Database& db, const PulledChange& change) override;

private:
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace patron
