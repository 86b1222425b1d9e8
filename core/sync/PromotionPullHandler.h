#pragma once
// Pulled promotions (hq.promotions rows) written to the till's promotions table, where the
// pricing engine finds them like any other, without outbox events: head office owns a joined
// till's promotions. A promotion is known at the till by a UUID derived from head office's code,
// so a changed one replaces its earlier copy. Its product (by SKU) or category (by path) is
// resolved at the till; products are applied first (the inbox applies "product" before
// "promotion"). One the till cannot place (unknown target, terms this version does not read)
// is skipped with an audit record and any earlier copy stops, so a bad row never blocks the rest.

#include "common/Uuid.h"
#include "sync/PullHandler.h"

#include <QString>

namespace patron {

class AuditLog;
class Clock;

class PromotionPullHandler final : public PullHandler {
public:
    PromotionPullHandler(AuditLog& audit, const Clock& clock) : m_audit(audit), m_clock(clock) {}
    void apply(Database& db, const PulledChange& change) override;

    // The till's UUID for head office's promotion `code` (name-based, RFC 9562 version 5).
    static Uuid uuidFor(const QString& code);

private:
    void refuse(Database& db, const PulledChange& change, const QString& why);

    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace patron
