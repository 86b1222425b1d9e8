#pragma once
// PriceSchedule: price changes (调价单) that take effect at a set moment. A manager schedules new
// retail and/or member prices for one or many products; when the till's clock reaches that
// moment, applyDue() writes them through the catalog (one transaction: the prices, the audit
// records, the "product.changed" outbox events and the price history). Pending changes can be
// cancelled. Time comes from the Clock, so tests move it instead of waiting.

#include "catalog/PriceChange.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace patron {

class AuditLog;
class Clock;
class Database;
class ProductCatalog;
struct Session;

class PriceSchedule {
public:
    PriceSchedule(Database& db, ProductCatalog& catalog, AuditLog& audit, const Clock& clock);

    // Schedules every line for `at` (no value: now, applied before this returns). All or
    // nothing: with any bad line nothing is scheduled and the error names the product.
    Result<QList<PriceChange>> schedule(const Session& actor, const QList<PriceChangeRequest>& lines,
                                        std::optional<QDateTime> at, const QString& note = {});

    // For imports: checks `at` (InvalidInput when it has passed) and returns the moment to use.
    Result<QDateTime> effectiveTime(std::optional<QDateTime> at) const;
    // Inside the caller's transaction: validates and stores one pending line; returns its id.
    // InvalidInput/NotFound/Conflict for a bad line (nothing written); throws StoreException.
    Result<qint64> scheduleInTransaction(const QString& actor, const Uuid& batch, const PriceChangeRequest& line,
                                         const QDateTime& at, const QString& note);
    // Inside the caller's transaction: applies every pending change that is due, oldest first.
    // A change the catalog refuses is marked failed with the reason; the others still apply.
    int applyDueInTransaction();

    // Applies what is due in one transaction; returns how many changes were applied.
    Result<int> applyDue();
    Result<PriceChange> cancel(const Session& actor, qint64 id);

    // Pending changes, soonest first; or every change, newest first (the newest `limit` when
    // limit > 0: years of price lists need not fill a screen).
    Result<QList<PriceChange>> list(bool pendingOnly, int limit = 0) const;
    Result<QList<PriceChange>> forProduct(qint64 productId) const;
    std::optional<PriceChange> find(qint64 id) const;
    // The moment the next pending change is due (a till's timer waits for it).
    std::optional<QDateTime> nextDue() const;

private:
    QList<PriceChange> query(const char* where, std::optional<qint64> arg, const char* order) const;

    Database& m_db;
    ProductCatalog& m_catalog;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace patron
