#pragma once
// A SQLite VFS shim that writes a transaction's WAL frames with one write at COMMIT instead of
// two per frame (issue #3: ~38 pwrites per checkout become one, before the same fdatasync).
//
// Only WAL files are batched, and only for a connection that opted in (enable()) while its
// synchronous setting is FULL or EXTRA: SQLite then syncs the WAL, which flushes the batch, before
// it publishes the commit in the wal-index, so no reader in any process can look for a frame that
// is not in the file yet. With NORMAL or OFF there is no sync at commit, so the shim watches
// every `PRAGMA synchronous` on the connection and stops batching (after flushing) below FULL.
// Everything else (the database file, journals, temporary files) passes straight through.

#include <QByteArray>

#include <cstddef>

struct sqlite3;

namespace patron {

class WalWriteBatcher {
public:
    // Large transactions flush whenever this much is pending, so memory stays bounded. It is also
    // the most SQLite's unix VFS writes in one call: its seekAndWriteFd() masks the size with
    // 0x1ffff, so a 128 KiB write would write nothing and report a full disk. A checkout's ~19
    // frames (~78 KB) fit in one write.
    static constexpr std::size_t kDefaultCapacity = 0x1ffff;

    // The VFS Database::open uses when no other is asked for: the batcher over SQLite's default
    // VFS, registered once (thread-safely) on the first call.
    static const char* defaultVfsName();

    // Registers a batcher called `name` over the registered VFS `underlying` (tests stack it on a
    // fault-injecting or counting VFS). A name already registered is kept; false when `underlying`
    // is not a registered VFS. A capacity above kDefaultCapacity is lowered to it.
    static bool registerOver(const QByteArray& name, const QByteArray& underlying,
                             std::size_t capacity = kDefaultCapacity);

    // Opts db's main database in. Call it only where synchronous = FULL is set, after the WAL is
    // open (Database::configureForUse). False when db's main file is not the batcher's (another
    // VFS was asked for) or db has no WAL open: then nothing changes.
    static bool enable(sqlite3* db);

    // Whether db's main WAL is batched now (opted in, and synchronous is FULL or EXTRA).
    static bool isBatching(sqlite3* db);
};

} // namespace patron
