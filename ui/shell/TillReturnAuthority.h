#pragma once
// The till session's head-office part in returns, which follows the head-office connection while
// the till runs: HqReturnAuthority while joined (another store's receipt fetched, quantities held
// chain-wide), nothing while standalone (the till's own sales decide, as with no authority at
// all). reload() after the back office joined or left head office; ReturnService keeps pointing
// at this one object.

#include "sales/ReturnAuthority.h"
#include "store/Store.h"

#include <memory>

namespace patron {
class BlockingRunner;
class Clock;
class Database;
class Outbox;
}

namespace patron::ui {

class TillReturnAuthority final : public ReturnAuthority {
public:
    // `runner`: where the calls to head office wait (the till's BusyRunner).
    TillReturnAuthority(Database& db, const Clock& clock, Outbox& outbox, StoreIdentity identity,
                        BlockingRunner& runner);
    ~TillReturnAuthority() override;

    // Reads the head-office connection again; called on the till's thread between returns.
    void reload();
    bool joined() const { return m_hq != nullptr; }

    bool needsReceiptTotal(const QString& receiptNo) override;
    Result<void> prepare(const QString& receiptNo, std::optional<qint64> receiptTotalMinor) override;
    Result<void> reserve(const ReturnClaim& claim) override;
    void committing(const Uuid& returnUuid) override;
    void release(const Uuid& returnUuid) override;

private:
    Database& m_db;
    const Clock& m_clock;
    Outbox& m_outbox;
    StoreIdentity m_identity;
    BlockingRunner& m_runner;
    std::unique_ptr<ReturnAuthority> m_hq;
};

} // namespace patron::ui
