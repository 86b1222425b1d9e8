#pragma once
// The till session's stored-value reservation, which follows the head-office connection while the
// till runs: HqWalletReservation while joined, the local rule (balance and offline limit) while
// standalone. reload() after the back office joined or left head office; the members module keeps
// pointing at this one object, so nothing built on it has to be rebuilt.

#include "members/LoyaltyRuleBook.h"
#include "members/WalletReservation.h"

#include <memory>

namespace patron {
class AuditLog;
class BlockingRunner;
class Clock;
class Database;
class Outbox;
}

namespace patron::ui {

class TillWalletReservation final : public WalletReservation {
public:
    // `runner`: where the calls to head office wait (the till's BusyRunner).
    TillWalletReservation(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, BlockingRunner& runner);
    ~TillWalletReservation() override;

    // Reads the head-office connection again. Called on the till's thread between sales: a
    // checkout asks twice within one call, never across a reload.
    void reload();
    bool joined() const { return m_hq != nullptr; }

    Result<void> reserve(const Member& member, qint64 amountMinor, const Uuid& saleUuid) override;
    void release(const Uuid& saleUuid) override;

private:
    WalletReservation& current() { return m_hq ? *m_hq : m_local; }

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    BlockingRunner& m_runner;
    LoyaltyRuleBook m_rules;
    LocalWalletReservation m_local;
    std::unique_ptr<WalletReservation> m_hq;
};

} // namespace patron::ui
