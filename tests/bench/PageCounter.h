#pragma once
// Counts the pages one piece of work costs on a connection: frames appended to the WAL (each one
// encrypted and MACed by SQLCipher) and pages read past the page cache (each one decrypted). The
// checkout's cost is mostly these, so the bench prints them beside the times.

struct sqlite3;

namespace patron::bench {

struct PageCounts {
    long long walFrames = 0;   // frames appended by commits
    long long cacheMisses = 0; // pages read from the file or the WAL (decrypted)
};

class PageCounter {
public:
    // Installs a WAL hook on db (nothing else may). The hook replaces SQLite's automatic
    // checkpoint; autoCheckpoint keeps it (at 1000 frames, SQLite's default), false leaves
    // checkpoints to the caller (IdleCheckpoint). The first commit after this only sets the start.
    explicit PageCounter(sqlite3* db, bool autoCheckpoint = true);
    ~PageCounter();
    PageCounter(const PageCounter&) = delete;
    PageCounter& operator=(const PageCounter&) = delete;

    PageCounts now() const;
    // Frames in the WAL file now (after the last commit), to locate a commit's frames in it.
    int walSize() const { return m_lastWalSize; }

private:
    static int onCommit(void* self, sqlite3* db, const char* name, int frames);
    sqlite3* m_db;
    bool m_autoCheckpoint;
    bool m_started = false;
    long long m_frames = 0;
    int m_lastWalSize = 0;
};

// Averages over several pieces of work: (after - before) / count.
struct PageAverage {
    double walFrames = 0;
    double cacheMisses = 0;
};
PageAverage average(const PageCounts& before, const PageCounts& after, int count);

} // namespace patron::bench
