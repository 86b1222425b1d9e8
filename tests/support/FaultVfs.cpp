#include "FaultVfs.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace patron::test {

namespace {

std::atomic<long long> g_budget{-1};  // -1: no failure armed
std::atomic<int> g_failure{0};
std::atomic<long long> g_written{0};
std::atomic<long long> g_walWrites{0};
std::atomic<long long> g_walBytes{0};
std::atomic<long long> g_walLargest{0};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;  // allocated right after this struct
    bool wal;
};

void countWalWrite(long long n)
{
    ++g_walWrites;
    g_walBytes += n;
    long long largest = g_walLargest.load();
    while (n > largest && !g_walLargest.compare_exchange_weak(largest, n)) {
    }
}

sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<FaultFile*>(f)->real; }

int xClose(sqlite3_file* f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), b, n, o); }
int xWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 o)
{
    const long long budget = g_budget.load();
    if (budget >= 0) {
        if (budget < n) {
            g_budget = 0;
            return g_failure.load() == 1 ? SQLITE_FULL : SQLITE_IOERR_WRITE;
        }
        g_budget = budget - n;
    }
    g_written += n;
    if (reinterpret_cast<FaultFile*>(f)->wal)
        countWalWrite(n);
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 s) { return real(f)->pMethods->xTruncate(real(f), s); }
int xSync(sqlite3_file* f, int fl)
{
    if (g_budget.load() == 0)
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), fl);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* s) { return real(f)->pMethods->xFileSize(real(f), s); }
int xLock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int xUnlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int xCheckReservedLock(sqlite3_file* f, int* r) { return real(f)->pMethods->xCheckReservedLock(real(f), r); }
int xFileControl(sqlite3_file* f, int op, void* a) { return real(f)->pMethods->xFileControl(real(f), op, a); }
int xSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int xShmMap(sqlite3_file* f, int i, int s, int b, void volatile** p) { return real(f)->pMethods->xShmMap(real(f), i, s, b, p); }
int xShmLock(sqlite3_file* f, int o, int n, int fl) { return real(f)->pMethods->xShmLock(real(f), o, n, fl); }
void xShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int xShmUnmap(sqlite3_file* f, int d) { return real(f)->pMethods->xShmUnmap(real(f), d); }
int xFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** p) { return real(f)->pMethods->xFetch(real(f), o, n, p); }
int xUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

int vfsOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ff = reinterpret_cast<FaultFile*>(file);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    ff->wal = (flags & SQLITE_OPEN_WAL) != 0;
    std::memset(ff->real, 0, size_t(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, ff->real, flags, outFlags);
    file->pMethods = ff->real->pMethods ? &g_methods : nullptr;
    return rc;
}

void registerOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        g_vfs = *g_real;
        g_vfs.zName = "patron-fault";
        g_vfs.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
        g_vfs.xOpen = vfsOpen;
        g_vfs.pNext = nullptr;
        std::memset(&g_methods, 0, sizeof(g_methods));
        g_methods.iVersion = 3;
        g_methods.xClose = xClose;
        g_methods.xRead = xRead;
        g_methods.xWrite = xWrite;
        g_methods.xTruncate = xTruncate;
        g_methods.xSync = xSync;
        g_methods.xFileSize = xFileSize;
        g_methods.xLock = xLock;
        g_methods.xUnlock = xUnlock;
        g_methods.xCheckReservedLock = xCheckReservedLock;
        g_methods.xFileControl = xFileControl;
        g_methods.xSectorSize = xSectorSize;
        g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
        g_methods.xShmMap = xShmMap;
        g_methods.xShmLock = xShmLock;
        g_methods.xShmBarrier = xShmBarrier;
        g_methods.xShmUnmap = xShmUnmap;
        g_methods.xFetch = xFetch;
        g_methods.xUnfetch = xUnfetch;
        sqlite3_vfs_register(&g_vfs, 0);
    });
}

} // namespace

QString FaultVfs::name()
{
    registerOnce();
    return QStringLiteral("patron-fault");
}

void FaultVfs::failWritesAfter(long long afterBytes, Failure failure)
{
    g_failure = failure == Failure::DiskFull ? 1 : 2;
    g_budget = failure == Failure::None ? -1 : afterBytes;
}

void FaultVfs::reset()
{
    g_budget = -1;
    g_failure = 0;
}

long long FaultVfs::bytesWritten() { return g_written.load(); }

FaultVfs::WalWrites FaultVfs::walWrites() { return {g_walWrites.load(), g_walBytes.load(), g_walLargest.load()}; }

void FaultVfs::resetWalWrites()
{
    g_walWrites = 0;
    g_walBytes = 0;
    g_walLargest = 0;
}

} // namespace patron::test
