#include "sales/IdleCheckpoint.h"

#include "store/Database.h"

#include <QByteArray>

namespace patron {

IdleCheckpoint::IdleCheckpoint(Database& db)
    : m_db(db)
{
    m_db.exec(QByteArray("PRAGMA wal_autocheckpoint = " + QByteArray::number(kBackstopFrames)).constData());
}

Result<int> IdleCheckpoint::run()
{
    return guarded([&] {
        // One row: busy flag, frames in the WAL, frames copied into the store.
        Statement s = m_db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
        const int copied = s.step() ? int(s.int64(2)) : 0;
        ++m_runs;
        return copied;
    });
}

} // namespace patron
