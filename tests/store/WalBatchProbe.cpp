#include "WalBatchProbe.h"

namespace patron::test {

WalBatchProbe::WalBatchProbe(Database& db) : m_db(db)
{
    m_db.exec("CREATE TABLE IF NOT EXISTS walbatch_probe(id INTEGER PRIMARY KEY, who TEXT NOT NULL,"
              " n INTEGER NOT NULL, seen INTEGER NOT NULL, pad BLOB NOT NULL)");
}

void WalBatchProbe::insertRows(const QString& who, qint64 n, int rows)
{
    const qint64 seen = m_db.queryInt64("SELECT count(*) FROM walbatch_probe WHERE who <> ?", who).value_or(0);
    for (int i = 0; i < rows; ++i)
        m_db.execute("INSERT INTO walbatch_probe(who, n, seen, pad) VALUES (?, ?, ?, randomblob(?))", who, n, seen,
                     kPadBytes);
}

void WalBatchProbe::commitRows(const QString& who, qint64 n, int rows)
{
    Transaction tx(m_db);
    insertRows(who, n, rows);
    tx.commit();
}

qint64 WalBatchProbe::rows(const QString& who) const
{
    if (who.isEmpty())
        return m_db.queryInt64("SELECT count(*) FROM walbatch_probe").value_or(-1);
    return m_db.queryInt64("SELECT count(*) FROM walbatch_probe WHERE who = ?", who).value_or(-1);
}

qint64 WalBatchProbe::padBytes() const
{
    return m_db.queryInt64("SELECT coalesce(sum(length(pad)), 0) FROM walbatch_probe").value_or(-1);
}

qint64 WalBatchProbe::staleReads() const
{
    return m_db
        .queryInt64("SELECT count(*) FROM walbatch_probe r WHERE r.seen <>"
                    " (SELECT count(*) FROM walbatch_probe o WHERE o.who <> r.who AND o.id < r.id)")
        .value_or(-1);
}

} // namespace patron::test
