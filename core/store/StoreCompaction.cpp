#include "store/StoreCompaction.h"

#include "store/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStorageInfo>

namespace patron {

struct StoreCompactionTr {
    Q_DECLARE_TR_FUNCTIONS(patron::StoreCompaction)
};

namespace {

qint64 onDisk(const QString& db)
{
    return QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size();
}

} // namespace

Result<CompactionReport> compactStore(Store& store)
{
    // VACUUM holds the write lock for as long as it runs (minutes on a year's store): with the
    // till open, every sale in that time would fail as "store busy". So the till must be closed.
    PATRON_TRY(store.takeExclusively());
    Database& db = store.db();
    CompactionReport r;
    r.bytesBefore = onDisk(store.paths().db);
    // The temporary copy and the WAL copy back each take up to the whole file. Refused before
    // anything is written rather than failing half way (which SQLite would roll back, but only
    // after filling the disk the till needs to sell).
    const QStorageInfo disk(store.paths().dir);
    if (disk.isValid() && disk.bytesAvailable() < 2 * r.bytesBefore)
        return makeError(ErrorCode::DiskFull,
                         StoreCompactionTr::tr("Compacting needs about %1 MB free on %2 (twice the store); %3 MB are free. "
                                               "Nothing was changed.")
                             .arg(2 * r.bytesBefore / 1'000'000 + 1)
                             .arg(disk.rootPath())
                             .arg(disk.bytesAvailable() / 1'000'000));
    QElapsedTimer timer;
    timer.start();
    auto done = guarded([&] {
        r.freePagesBefore = db.queryInt64("PRAGMA freelist_count").value_or(0);
        db.exec("VACUUM");
        // Back into the file and the WAL emptied, so the file shrinks now, not at some later
        // checkpoint.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    });
    if (!done)
        return done.error();
    r.ms = timer.elapsed();
    r.bytesAfter = onDisk(store.paths().db);
    return r;
}

} // namespace patron
