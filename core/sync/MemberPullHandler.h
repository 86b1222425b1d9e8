#pragma once
// Pulled member profiles (hq.members rows) merged into the till's members. Head office keeps an
// HLC per profile field; the till keeps one per profile (the newest write it holds). A pulled
// field wins when its HLC is newer than the local profile's, ties broken by the HLC's node name
// (so every till picks the same winner); the profile's HLC then moves up to the newest applied.
// Every HLC seen also advances the till's own clock, so the till's next edit orders after it.
// An erasure at head office is final and always applied. A member head office merged into
// another (merged_into) is marked, leaves the search, and its local ledgers move to the survivor
// when the till holds it (or as soon as the survivor arrives), as at head office.

#include "sync/PullHandler.h"

#include <QString>

namespace patron {

class Clock;
class LoyaltyRuleBook;
class MemberSearchIndex;
class Outbox;
class Uuid;
struct HlcTimestamp;

class MemberPullHandler final : public PullHandler {
public:
    MemberPullHandler(Outbox& outbox, MemberSearchIndex& index, LoyaltyRuleBook& rules, const Clock& clock)
        : m_outbox(outbox), m_index(index), m_rules(rules), m_clock(clock)
    {
    }
    void apply(Database& db, const PulledChange& change) override;

private:
    void observe(Database& db, const HlcTimestamp& remote);
    void markMerged(Database& db, qint64 id, const Uuid& survivor);
    // Hands what `fromId` (a merged member) holds to `toId`: ledgers with their balances,
    // coupons, count cards, open carts.
    static void handOver(Database& db, qint64 fromId, qint64 toId);

    Outbox& m_outbox;
    MemberSearchIndex& m_index;
    LoyaltyRuleBook& m_rules;
    const Clock& m_clock;
};

} // namespace patron
