#include "sync/ReturnHoldJournal.h"

#include "common/Clock.h"
#include "store/Database.h"

namespace patron {

void ReturnHoldJournal::asked(const Uuid& returnUuid, const Uuid& saleUuid)
{
    Transaction tx(m_db);
    m_db.execute("INSERT INTO return_holds(return_uuid, sale_uuid, state, at_ms) VALUES (?, ?, 'asked', ?)",
                 returnUuid.bytes(), saleUuid.bytes(), m_clock.nowMs());
    tx.commit();
}

void ReturnHoldJournal::abandoned(const Uuid& returnUuid)
{
    Transaction tx(m_db);
    m_db.execute("UPDATE return_holds SET state = 'abandoned', at_ms = ? WHERE return_uuid = ? AND state = 'asked'",
                 m_clock.nowMs(), returnUuid.bytes());
    tx.commit();
}

void ReturnHoldJournal::forget(const Uuid& returnUuid)
{
    Transaction tx(m_db);
    m_db.execute("DELETE FROM return_holds WHERE return_uuid = ?", returnUuid.bytes());
    tx.commit();
}

void ReturnHoldJournal::forgetSettled(const ReturnHoldToSettle& h)
{
    Transaction tx(m_db);
    m_db.execute("DELETE FROM return_holds WHERE return_uuid = ? AND state = ? AND at_ms = ?", h.returnUuid.bytes(),
                 h.state, h.atMs);
    tx.commit();
}

void ReturnHoldJournal::committed(const Uuid& returnUuid)
{
    m_db.execute("UPDATE return_holds SET state = 'committed', at_ms = ? WHERE return_uuid = ?", m_clock.nowMs(),
                 returnUuid.bytes());
}

QList<ReturnHoldToSettle> ReturnHoldJournal::toSettle() const
{
    // The return's sale row carries the return's UUID: an 'asked' row with one committed (it
    // cannot, the mark is in the same transaction, but a store restored between the two could).
    Statement s = m_db.prepare(
        "SELECT h.return_uuid, h.state = 'committed' OR EXISTS (SELECT 1 FROM sales r WHERE r.uuid = h.return_uuid), "
        "h.state, h.at_ms "
        "FROM return_holds h "
        "WHERE h.state <> 'asked' OR h.at_ms <= ? OR EXISTS (SELECT 1 FROM sales r WHERE r.uuid = h.return_uuid) "
        "ORDER BY h.at_ms");
    s.bind(1, m_clock.nowMs() - kCrashAfterMs);
    QList<ReturnHoldToSettle> out;
    while (s.step())
        out.append({Uuid::fromBytes(s.blob(0)), s.int64(1) != 0, s.text(2), s.int64(3)});
    return out;
}

} // namespace patron
