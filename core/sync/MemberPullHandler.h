#pragma once
// Pulled member profiles (hq.members rows) merged into the till's members. Head office keeps an
// HLC per profile field; the till keeps one per profile (the newest write it holds). A pulled
// field wins when its HLC is newer than the local profile's, ties broken by the HLC's node name
// (so every till picks the same winner); the profile's HLC then moves up to the newest applied.
// Every HLC seen also advances the till's own clock, so the till's next edit orders after it.
// An erasure at head office is final and always applied.

#include "sync/PullHandler.h"

#include <QString>

namespace patron {

class Clock;
class LoyaltyRuleBook;
class MemberSearchIndex;
class Outbox;
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

    Outbox& m_outbox;
    MemberSearchIndex& m_index;
    LoyaltyRuleBook& m_rules;
    const Clock& m_clock;
};

} // namespace patron
