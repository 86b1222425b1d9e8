#pragma once
// The hook a stored-value spend passes before it completes. Online, head office reserves the
// amount against the chain-wide balance (the sync layer implements that); offline, the local
// implementation limits the spend to the balance this till knows and an optional per-store limit.

#include "common/Result.h"
#include "common/Uuid.h"

namespace patron {

struct Member;
class LoyaltyRuleBook;

class WalletReservation {
public:
    virtual ~WalletReservation() = default;
    // Called before the checkout's transaction (WalletService::reserveForSale: a reservation that
    // asks head office must not hold the till's writer while it waits) and again inside it,
    // before the spend is written, with the same sale, member and amount.
    virtual Result<void> reserve(const Member& member, qint64 amountMinor, const Uuid& saleUuid) = 0;
    // The sale did not complete after all: whatever reserve() holds for it is let go. The local
    // rule holds nothing.
    virtual void release(const Uuid& /*saleUuid*/) {}
};

class LocalWalletReservation final : public WalletReservation {
public:
    explicit LocalWalletReservation(LoyaltyRuleBook& rules) : m_rules(rules) {}
    Result<void> reserve(const Member& member, qint64 amountMinor, const Uuid& saleUuid) override;

private:
    LoyaltyRuleBook& m_rules;
};

} // namespace patron
