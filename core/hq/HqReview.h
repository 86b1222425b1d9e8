#pragma once
// What a head-office manager reviews: conflicts found while merging (one mobile on two members,
// balances below zero), events head office could not apply, and tills whose clocks drift.

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace patron {

class PgConnection;

class HqReview {
public:
    explicit HqReview(PgConnection& conn) : m_conn(conn) {}

    Result<QJsonArray> conflicts(bool includeResolved = false);
    Result<void> resolveConflict(qint64 id, const QString& resolution);
    // Events not applied (unknown type, unsupported version, rejected), or one status only.
    Result<QJsonArray> unappliedEvents(const QString& status = {});
    // Counts per status, for `hq status`.
    Result<QJsonObject> eventCounts();
    // Applies kept events again (after an upgrade); counts per outcome.
    Result<QJsonObject> reapply();
    // Drift samples beyond the threshold, newest first.
    Result<QJsonArray> driftWarnings(int limit = 100);

private:
    PgConnection& m_conn;
};

} // namespace patron
