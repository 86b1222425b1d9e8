#include "PageCounter.h"

#include <sqlite3.h>

namespace patron::bench {

PageCounter::PageCounter(sqlite3* db, bool autoCheckpoint)
    : m_db(db)
    , m_autoCheckpoint(autoCheckpoint)
{
    sqlite3_wal_hook(m_db, &PageCounter::onCommit, this);
}

PageCounter::~PageCounter()
{
    // Give the connection back the automatic checkpoint our hook replaced.
    sqlite3_wal_autocheckpoint(m_db, 1000);
}

// The hook gets the WAL's size in frames after each commit; a checkpoint that restarts the WAL
// makes it smaller, and then the whole new size is this commit's.
int PageCounter::onCommit(void* self, sqlite3* db, const char* name, int frames)
{
    auto* c = static_cast<PageCounter*>(self);
    // The WAL may already hold frames from before the hook: the first commit only sets the start.
    if (c->m_started)
        c->m_frames += frames >= c->m_lastWalSize ? frames - c->m_lastWalSize : frames;
    c->m_started = true;
    c->m_lastWalSize = frames;
    // Installing a hook replaces the automatic checkpoint: keep its behaviour (1000 frames).
    if (c->m_autoCheckpoint && frames >= 1000)
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

PageCounts PageCounter::now() const
{
    PageCounts c;
    c.walFrames = m_frames;
    int cur = 0, high = 0;
    sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &cur, &high, 0);
    c.cacheMisses = cur;
    return c;
}

PageAverage average(const PageCounts& before, const PageCounts& after, int count)
{
    PageAverage a;
    if (count <= 0)
        return a;
    a.walFrames = double(after.walFrames - before.walFrames) / count;
    a.cacheMisses = double(after.cacheMisses - before.cacheMisses) / count;
    return a;
}

} // namespace patron::bench
