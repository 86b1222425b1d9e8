#pragma once
// Moves WAL checkpoints out of the sale. By default SQLite checkpoints inside whichever commit
// takes the WAL past 1000 frames: that scan or checkout also copies ~1000 pages into the store
// and syncs it, which is the whole p99 of both (docs/performance.md). The till instead runs a
// checkpoint while nobody is waiting: after a sale's receipt, or from an idle timer. The
// automatic checkpoint stays as a safety net, at a size a till that is never idle reaches only
// after a few hundred sales.

#include "common/Result.h"

namespace patron {

class Database;

class IdleCheckpoint {
public:
    static constexpr int kBackstopFrames = 10000;  // ~40 MB of WAL

    // Raises db's automatic checkpoint to kBackstopFrames (for this connection).
    explicit IdleCheckpoint(Database& db);

    // A PASSIVE checkpoint: copies what no reader still needs and never waits for a lock, so it
    // is safe to run beside the sync worker or a report. Returns how many of the WAL's frames are
    // in the store now (SQLite starts the WAL over at the next commit once all of them are).
    Result<int> run();
    // How many checkpoints run() has made: lets the till's tests see that it calls it.
    int runs() const { return m_runs; }

private:
    Database& m_db;
    int m_runs = 0;
};

} // namespace patron
