#pragma once
// A restored till may be behind what head office already has (its own later sales, points and
// stored value spent since the backup): restore sets meta 'needs_resync'. While it is set on a
// till joined to head office, the till refuses sales; the sync worker then pulls everything
// again from the start, with the till's own entries and receipt numbers (OwnHistoryRepull),
// applies it, and clears the flag. A standalone till sells at once.

#include "common/Result.h"

namespace patron {

class Database;

class ResyncGate {
public:
    explicit ResyncGate(Database& db) : m_db(db) {}

    bool pending() const;
    // Inside the caller's transaction, once the full re-pull is applied.
    void clear();
    // Refused while a joined till has not re-pulled since its restore. `joined`: a head-office
    // DSN is configured (SyncConfig::connectInfo()).
    Result<void> checkCanSell(bool joined) const;

private:
    Database& m_db;
};

} // namespace patron
