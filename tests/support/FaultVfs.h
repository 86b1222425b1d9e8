#pragma once
// A SQLite VFS shim that passes everything to the default VFS but can make writes fail on
// demand, as a full disk (SQLITE_FULL) or an I/O error (SQLITE_IOERR_WRITE). Root ignores file
// permissions, so this is how tests reach those paths. It also counts the writes that reach WAL
// files, so tests can see what the WAL write batcher gathers. Register once; open stores with
// StoreOpenOptions{.vfs = FaultVfs::name()}.

#include <QString>

namespace patron::test {

class FaultVfs {
public:
    enum class Failure { None, DiskFull, IoError };
    static QString name();  // registers on first use
    // Writes succeed until `afterBytes` more bytes were written, then fail with `failure`.
    static void failWritesAfter(long long afterBytes, Failure failure);
    static void reset();
    static long long bytesWritten();

    struct WalWrites {
        long long writes = 0;
        long long bytes = 0;
        long long largest = 0;
    };
    static WalWrites walWrites();
    static void resetWalWrites();
};

} // namespace patron::test
