#include "sync/SyncWorker.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "sync/OwnHistoryRepull.h"
#include "sync/OwnSalesRepull.h"
#include "sync/Outbox.h"
#include "sync/PullInbox.h"
#include "sync/ReturnHoldSettler.h"
#include "sync/ResyncGate.h"
#include "sync/SyncState.h"

namespace patron {

SyncWorker::SyncWorker(Database& db, Outbox& outbox, PullInbox& inbox, SyncState& state, const Clock& clock,
                       PgConnectInfo info, SyncOptions options)
    : m_db(db), m_outbox(outbox), m_inbox(inbox), m_state(state), m_clock(clock), m_info(std::move(info)),
      m_options(options)
{
}

Result<void> SyncWorker::ensureConnected()
{
    if (m_conn.isHealthy())
        return {};
    auto c = PgConnection::connect(m_info);
    if (!c)
        return c.error();
    m_conn = std::move(*c);
    return {};
}

Result<void> SyncWorker::measureDrift(SyncReport& report)
{
    HqClient client(m_conn);
    auto sample = client.clockCheck(m_clock.now());
    if (!sample)
        return sample.error();
    report.drift = *sample;
    return guarded([&] { m_state.recordDrift(*sample); });
}

Result<void> SyncWorker::pushAll(SyncReport& report)
{
    HqClient client(m_conn);
    for (;;) {
        auto batch = guarded([&] { return m_outbox.pending(m_options.pushBatch); });
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return {};
        auto ack = client.push(*batch);
        if (!ack)
            return ack.error();  // nothing marked: the whole batch goes again, harmlessly
        QList<Uuid> uuids;
        for (const OutboxEvent& e : *batch)
            uuids.append(e.uuid);
        auto marked = guarded([&] {
            Transaction tx(m_db);
            m_outbox.markPushed(uuids, isoWithOffset(m_clock.now()));
            tx.commit();
        });
        if (!marked)
            return marked.error();
        report.pushed += ack->total();
        report.duplicates += ack->duplicates;
        report.notApplied += ack->unknownType + ack->unsupportedVersion + ack->rejected;
    }
}

Result<void> SyncWorker::pullAll(SyncReport& report)
{
    HqClient client(m_conn);
    // A restored till pulls everything again from the start (see ResyncGate). Until the whole
    // re-pull is applied the flag stays, so an interrupted re-pull starts over next time.
    ResyncGate resync(m_db);
    auto resyncing = guarded([&] {
        if (!resync.pending())
            return false;
        Transaction tx(m_db);
        m_state.setCursor(QString());
        tx.commit();
        return true;
    });
    if (!resyncing)
        return resyncing.error();
    for (;;) {
        auto cursor = guarded([&] { return m_state.cursor(); });
        if (!cursor)
            return cursor.error();
        auto page = client.pull(*cursor, m_options.pullPage);
        if (!page)
            return page.error();
        // The rows and the cursor past them commit together: a crash in between pulls them again.
        auto stored = guarded([&] {
            Transaction tx(m_db);
            m_inbox.store(page->changes);
            m_state.setCursor(page->cursor);
            tx.commit();
        });
        if (!stored)
            return stored.error();
        report.pulled += int(page->changes.size());
        if (!page->more)
            break;
    }
    if (*resyncing) {
        // hq.pull leaves out this till's own entries; after a restore the till needs them back.
        auto own = OwnHistoryRepull(m_db, m_inbox).fetch(client, m_options.pullPage);
        if (!own)
            return own.error();
        report.pulled += *own;
    }
    auto applied = m_inbox.applyPending();
    if (!applied)
        return applied.error();
    report.applied = *applied;
    if (*resyncing) {
        // The sales and returns made after the backup, for the till's reports and returns; after
        // the inbox, so the members they name are here.
        auto sales = OwnSalesRepull(m_db).fetch(m_conn, m_options.pullPage);
        if (!sales)
            return sales.error();
        report.pulled += *sales;
    }
    if (*resyncing)
        return guarded([&] {
            Transaction tx(m_db);
            resync.clear();
            tx.commit();
        });
    return {};
}

Result<SyncReport> SyncWorker::runOnce()
{
    SyncReport report;
    SyncRunRecord run;
    run.startedAt = isoWithOffset(m_clock.now());
    auto attempt = [&]() -> Result<void> {
        PATRON_TRY(ensureConnected());
        PATRON_TRY(measureDrift(report));
        // Before the push: a cycle whose push fails (a long outbox on a poor line) still settles
        // the holds other tills may be waiting on.
        PATRON_TRY(ReturnHoldSettler(m_db, m_clock).settle(m_conn));
        PATRON_TRY(pushAll(report));
        return pullAll(report);
    }();
    run.pushed = report.pushed;
    run.pulled = report.pulled;
    if (report.drift)
        run.driftMs = report.drift->driftMs;
    if (!attempt) {
        if (!m_conn.isHealthy())
            disconnect();
        // Recording the failure may itself fail (disk full); the original error matters more.
        (void)guarded([&] { m_state.recordFailure(run, attempt.error()); });
        return attempt.error();
    }
    auto recorded = guarded([&] { m_state.recordSuccess(run); });
    if (!recorded)
        return recorded.error();
    return report;
}

} // namespace patron
