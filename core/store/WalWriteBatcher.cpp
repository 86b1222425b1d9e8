#include "store/WalWriteBatcher.h"

#include "store/Sqlite.h"
#include "store/WalWriteBuffer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <list>
#include <mutex>
#include <new>
#include <string>

// How this relies on SQLite 3.15's wal.c (checked against that version; later ones keep it):
// sqlite3WalFrames() writes each frame as a 24-byte header and a page at consecutive offsets,
// and, when the pager's sync flags carry WAL_SYNC_TRANSACTIONS (synchronous FULL or EXTRA), calls
// xSync on the WAL before walIndexAppend()/walIndexWriteHdr() make the commit visible to readers.
// The batch is flushed at that xSync, so the frames are in the file before any reader can look
// for them. Frames a transaction spills early, and the ones it then rewrites in place, are read
// back by the same connection only, through xRead, which flushes first.

namespace patron {

namespace {

// Opcodes of our own: SQLite hands file-control opcodes it does not know to the VFS.
constexpr int kEnableOpcode = 0x50574201;
constexpr int kQueryOpcode = 0x50574202;

struct Shim {
    sqlite3_vfs vfs{};
    sqlite3_vfs* real = nullptr;
    std::string name;
    std::size_t capacity = 0;
};

struct WalFile;

// The first member of both wrappers: SQLite's view of the file, and the file it forwards to.
struct Wrapped {
    sqlite3_file base;
    sqlite3_file* real;
};

struct MainFile {
    Wrapped head{};
    WalFile* wal = nullptr;  // this connection's WAL, once enable() linked it
};

struct WalFile {
    explicit WalFile(std::size_t capacity) : buffer(capacity) {}
    Wrapped head{};
    MainFile* main = nullptr;
    bool batching = false;
    WalWriteBuffer buffer;
};

// The underlying file lives right after our wrapper, in the memory SQLite gives xOpen.
constexpr std::size_t kWrapperSize = (std::max(sizeof(MainFile), sizeof(WalFile)) + 7) & ~std::size_t(7);

sqlite3_file* realOf(sqlite3_file* f) { return reinterpret_cast<Wrapped*>(f)->real; }
MainFile* mainOf(sqlite3_file* f) { return reinterpret_cast<MainFile*>(f); }
WalFile* walOf(sqlite3_file* f) { return reinterpret_cast<WalFile*>(f); }

// ---- forwarding, shared by both wrappers ----------------------------------------------------

int fwdRead(sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xRead(realOf(f), b, n, o); }
int fwdWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 o) { return realOf(f)->pMethods->xWrite(realOf(f), b, n, o); }
int fwdTruncate(sqlite3_file* f, sqlite3_int64 s) { return realOf(f)->pMethods->xTruncate(realOf(f), s); }
int fwdSync(sqlite3_file* f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int fwdFileSize(sqlite3_file* f, sqlite3_int64* s) { return realOf(f)->pMethods->xFileSize(realOf(f), s); }
int fwdLock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xLock(realOf(f), l); }
int fwdUnlock(sqlite3_file* f, int l) { return realOf(f)->pMethods->xUnlock(realOf(f), l); }
int fwdCheckReservedLock(sqlite3_file* f, int* r) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), r); }
int fwdFileControl(sqlite3_file* f, int op, void* a) { return realOf(f)->pMethods->xFileControl(realOf(f), op, a); }
int fwdSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int fwdDeviceCharacteristics(sqlite3_file* f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); }
int fwdShmMap(sqlite3_file* f, int i, int s, int e, void volatile** p) { return realOf(f)->pMethods->xShmMap(realOf(f), i, s, e, p); }
int fwdShmLock(sqlite3_file* f, int o, int n, int fl) { return realOf(f)->pMethods->xShmLock(realOf(f), o, n, fl); }
void fwdShmBarrier(sqlite3_file* f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int fwdShmUnmap(sqlite3_file* f, int d) { return realOf(f)->pMethods->xShmUnmap(realOf(f), d); }
int fwdFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** p) { return realOf(f)->pMethods->xFetch(realOf(f), o, n, p); }
int fwdUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return realOf(f)->pMethods->xUnfetch(realOf(f), o, p); }

// ---- the WAL file ---------------------------------------------------------------------------

int flushWal(sqlite3_file* f) { return walOf(f)->buffer.flush(realOf(f)); }

// Stops batching (for good, until enable() again), after writing what is pending.
int stopBatching(WalFile* w)
{
    const int rc = w->buffer.flush(w->head.real);
    if (rc == SQLITE_OK)
        w->batching = false;
    return rc;
}

void unlink(WalFile* w)
{
    if (w->main)
        w->main->wal = nullptr;
    w->main = nullptr;
}

int walClose(sqlite3_file* f)
{
    WalFile* w = walOf(f);
    // Anything still pending belongs to a transaction that never committed (a commit flushes at
    // its xSync), and another connection may have written its frames there since: dropped.
    w->buffer.discard();
    unlink(w);
    sqlite3_file* real = w->head.real;
    w->~WalFile();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

int walRead(sqlite3_file* f, void* b, int n, sqlite3_int64 o)
{
    if (walOf(f)->buffer.overlaps(o, std::size_t(n))) {
        if (const int rc = flushWal(f); rc != SQLITE_OK)
            return rc;
    }
    return fwdRead(f, b, n, o);
}

int walWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 o)
{
    WalFile* w = walOf(f);
    if (!w->batching)
        return fwdWrite(f, b, n, o);
    if (w->buffer.absorb(b, std::size_t(n), o))
        return SQLITE_OK;
    // Not contiguous, or over the cap: what is pending goes first, so writes keep their order.
    if (const int rc = flushWal(f); rc != SQLITE_OK)
        return rc;
    if (w->buffer.absorb(b, std::size_t(n), o))
        return SQLITE_OK;
    return fwdWrite(f, b, n, o);
}

int walTruncate(sqlite3_file* f, sqlite3_int64 s)
{
    if (const int rc = flushWal(f); rc != SQLITE_OK)
        return rc;
    return fwdTruncate(f, s);
}

int walSync(sqlite3_file* f, int flags)
{
    if (const int rc = flushWal(f); rc != SQLITE_OK)
        return rc;
    return fwdSync(f, flags);
}

int walFileSize(sqlite3_file* f, sqlite3_int64* s)
{
    if (const int rc = flushWal(f); rc != SQLITE_OK)
        return rc;
    return fwdFileSize(f, s);
}

int walFileControl(sqlite3_file* f, int op, void* a)
{
    if (const int rc = flushWal(f); rc != SQLITE_OK)
        return rc;
    return fwdFileControl(f, op, a);
}

int walFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** p)
{
    if (const int rc = flushWal(f); rc != SQLITE_OK)
        return rc;
    return fwdFetch(f, o, n, p);
}

// ---- the main database file -----------------------------------------------------------------

int mainClose(sqlite3_file* f)
{
    MainFile* m = mainOf(f);
    if (m->wal)  // SQLite closes the WAL first; this only guards against a dangling link
        m->wal->main = nullptr;
    sqlite3_file* real = m->head.real;
    m->~MainFile();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

// SQLite's WAL_WRITE_LOCK: the first of the wal-index locks (wal.c).
constexpr int kWalWriteLock = 0;

// When this connection lets go of the WAL's write lock, its write transaction is over. A commit
// flushed everything at its xSync, so whatever is still pending was never committed: a rollback
// after frames spilled from the cache, or a commit whose flush failed. Once the lock is free,
// another connection or process appends its own frames at those offsets, so the pending bytes
// must never reach the file: they are dropped before the lock goes.
int mainShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    MainFile* m = mainOf(f);
    const bool releasesWriteLock = (flags & SQLITE_SHM_UNLOCK) && (flags & SQLITE_SHM_EXCLUSIVE)
        && offset <= kWalWriteLock && kWalWriteLock < offset + n;
    if (releasesWriteLock && m->wal)
        m->wal->buffer.discard();
    return fwdShmLock(f, offset, n, flags);
}

bool isFullOrExtra(const char* level)
{
    // The spellings SQLite's getSafetyLevel() reads as FULL or EXTRA; anything else (including
    // what SQLite would also read as FULL, like "02") counts as below FULL: that only costs speed.
    for (const char* s : {"full", "extra", "2", "3"}) {
        if (sqlite3_stricmp(level, s) == 0)
            return true;
    }
    return false;
}

const sqlite3_io_methods* walMethods(int version);

int mainFileControl(sqlite3_file* f, int op, void* a)
{
    MainFile* m = mainOf(f);
    if (op == kEnableOpcode) {
        auto* walFile = static_cast<sqlite3_file*>(a);
        if (!walFile || !walFile->pMethods || walFile->pMethods != walMethods(walFile->pMethods->iVersion))
            return SQLITE_NOTFOUND;
        WalFile* w = walOf(walFile);
        if (m->wal && m->wal != w)
            unlink(m->wal);
        m->wal = w;
        w->main = m;
        w->batching = true;
        return SQLITE_OK;
    }
    if (op == kQueryOpcode) {
        *static_cast<int*>(a) = m->wal && m->wal->batching ? 1 : 0;
        return SQLITE_OK;
    }
    const int rc = fwdFileControl(f, op, a);
    // SQLite offers every PRAGMA to the VFS first (at prepare time, where it also applies
    // `synchronous`); NOTFOUND means it goes on to apply it itself. Below FULL there is no xSync
    // before the wal-index publishes a commit, so batching stops. A later FULL does not restart
    // it: SQLite may still reject that pragma (inside a transaction), only enable() knows.
    if (op == SQLITE_FCNTL_PRAGMA && rc == SQLITE_NOTFOUND && m->wal && m->wal->batching) {
        const auto* args = static_cast<char**>(a);
        const bool belowFull = args[1] && args[2] && sqlite3_stricmp(args[1], "synchronous") == 0 && !isFullOrExtra(args[2]);
        // Exclusive locking mode takes no wal-index locks, so mainShmLock would not see a write
        // transaction end.
        const bool exclusive = args[1] && args[2] && sqlite3_stricmp(args[1], "locking_mode") == 0
            && sqlite3_stricmp(args[2], "exclusive") == 0;
        if (belowFull || exclusive) {
            if (const int flushed = stopBatching(m->wal); flushed != SQLITE_OK)
                return flushed;  // the pragma fails; batching and the setting stay as they were
        }
    }
    return rc;
}

// ---- method tables, one per io-methods version the underlying file may have -----------------

sqlite3_io_methods makeMethods(int version, bool wal)
{
    sqlite3_io_methods m{};
    m.iVersion = version;
    m.xClose = wal ? walClose : mainClose;
    m.xRead = wal ? walRead : fwdRead;
    m.xWrite = wal ? walWrite : fwdWrite;
    m.xTruncate = wal ? walTruncate : fwdTruncate;
    m.xSync = wal ? walSync : fwdSync;
    m.xFileSize = wal ? walFileSize : fwdFileSize;
    m.xLock = fwdLock;
    m.xUnlock = fwdUnlock;
    m.xCheckReservedLock = fwdCheckReservedLock;
    m.xFileControl = wal ? walFileControl : mainFileControl;
    m.xSectorSize = fwdSectorSize;
    m.xDeviceCharacteristics = fwdDeviceCharacteristics;
    if (version >= 2) {
        m.xShmMap = fwdShmMap;
        m.xShmLock = wal ? fwdShmLock : mainShmLock;
        m.xShmBarrier = fwdShmBarrier;
        m.xShmUnmap = fwdShmUnmap;
    }
    if (version >= 3) {
        m.xFetch = wal ? walFetch : fwdFetch;
        m.xUnfetch = fwdUnfetch;
    }
    return m;
}

const sqlite3_io_methods* methodsFor(int version, bool wal)
{
    static const std::array<sqlite3_io_methods, 3> main = {makeMethods(1, false), makeMethods(2, false), makeMethods(3, false)};
    static const std::array<sqlite3_io_methods, 3> wals = {makeMethods(1, true), makeMethods(2, true), makeMethods(3, true)};
    const int v = std::clamp(version, 1, 3);
    return wal ? &wals[std::size_t(v - 1)] : &main[std::size_t(v - 1)];
}

const sqlite3_io_methods* walMethods(int version) { return methodsFor(version, true); }

// ---- the VFS --------------------------------------------------------------------------------

Shim* shimOf(sqlite3_vfs* vfs) { return static_cast<Shim*>(vfs->pAppData); }
sqlite3_vfs* realVfs(sqlite3_vfs* vfs) { return shimOf(vfs)->real; }

template <typename File>
int openWrapped(Shim* shim, const char* name, sqlite3_file* file, int flags, int* outFlags, File* wrapper, bool wal)
{
    auto* real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kWrapperSize);
    wrapper->head.real = real;
    const int rc = shim->real->xOpen(shim->real, name, real, flags, outFlags);
    if (!real->pMethods) {  // nothing to close: SQLite will not call xClose either
        wrapper->~File();
        file->pMethods = nullptr;
        return rc == SQLITE_OK ? SQLITE_CANTOPEN : rc;
    }
    // The underlying file's io-methods version decides which optional methods SQLite may call.
    file->pMethods = methodsFor(real->pMethods->iVersion, wal);
    return rc;
}

int vfsOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    Shim* shim = shimOf(vfs);
    if (flags & SQLITE_OPEN_WAL)
        return openWrapped(shim, name, file, flags, outFlags, new (file) WalFile(shim->capacity), true);
    if (flags & SQLITE_OPEN_MAIN_DB)
        return openWrapped(shim, name, file, flags, outFlags, new (file) MainFile(), false);
    // Journals and temporary files: the underlying file takes our place, with its own methods.
    return shim->real->xOpen(shim->real, name, file, flags, outFlags);
}

int vfsDelete(sqlite3_vfs* v, const char* n, int s) { return realVfs(v)->xDelete(realVfs(v), n, s); }
int vfsAccess(sqlite3_vfs* v, const char* n, int f, int* o) { return realVfs(v)->xAccess(realVfs(v), n, f, o); }
int vfsFullPathname(sqlite3_vfs* v, const char* n, int s, char* o) { return realVfs(v)->xFullPathname(realVfs(v), n, s, o); }
void* vfsDlOpen(sqlite3_vfs* v, const char* n) { return realVfs(v)->xDlOpen(realVfs(v), n); }
void vfsDlError(sqlite3_vfs* v, int n, char* m) { realVfs(v)->xDlError(realVfs(v), n, m); }
void (*vfsDlSym(sqlite3_vfs* v, void* h, const char* s))(void) { return realVfs(v)->xDlSym(realVfs(v), h, s); }
void vfsDlClose(sqlite3_vfs* v, void* h) { realVfs(v)->xDlClose(realVfs(v), h); }
int vfsRandomness(sqlite3_vfs* v, int n, char* o) { return realVfs(v)->xRandomness(realVfs(v), n, o); }
int vfsSleep(sqlite3_vfs* v, int us) { return realVfs(v)->xSleep(realVfs(v), us); }
int vfsCurrentTime(sqlite3_vfs* v, double* t) { return realVfs(v)->xCurrentTime(realVfs(v), t); }
int vfsGetLastError(sqlite3_vfs* v, int n, char* o) { return realVfs(v)->xGetLastError(realVfs(v), n, o); }
int vfsCurrentTimeInt64(sqlite3_vfs* v, sqlite3_int64* t) { return realVfs(v)->xCurrentTimeInt64(realVfs(v), t); }
int vfsSetSystemCall(sqlite3_vfs* v, const char* n, sqlite3_syscall_ptr p) { return realVfs(v)->xSetSystemCall(realVfs(v), n, p); }
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs* v, const char* n) { return realVfs(v)->xGetSystemCall(realVfs(v), n); }
const char* vfsNextSystemCall(sqlite3_vfs* v, const char* n) { return realVfs(v)->xNextSystemCall(realVfs(v), n); }

void fillVfs(Shim& shim)
{
    sqlite3_vfs& v = shim.vfs;
    const sqlite3_vfs& r = *shim.real;
    v.iVersion = r.iVersion;
    v.szOsFile = int(kWrapperSize) + r.szOsFile;
    v.mxPathname = r.mxPathname;
    v.zName = shim.name.c_str();
    v.pAppData = &shim;
    v.xOpen = vfsOpen;
    v.xDelete = vfsDelete;
    v.xAccess = vfsAccess;
    v.xFullPathname = vfsFullPathname;
    v.xDlOpen = r.xDlOpen ? vfsDlOpen : nullptr;
    v.xDlError = r.xDlError ? vfsDlError : nullptr;
    v.xDlSym = r.xDlSym ? vfsDlSym : nullptr;
    v.xDlClose = r.xDlClose ? vfsDlClose : nullptr;
    v.xRandomness = vfsRandomness;
    v.xSleep = vfsSleep;
    v.xCurrentTime = vfsCurrentTime;
    v.xGetLastError = r.xGetLastError ? vfsGetLastError : nullptr;
    if (r.iVersion >= 2)
        v.xCurrentTimeInt64 = r.xCurrentTimeInt64 ? vfsCurrentTimeInt64 : nullptr;
    if (r.iVersion >= 3) {
        v.xSetSystemCall = r.xSetSystemCall ? vfsSetSystemCall : nullptr;
        v.xGetSystemCall = r.xGetSystemCall ? vfsGetSystemCall : nullptr;
        v.xNextSystemCall = r.xNextSystemCall ? vfsNextSystemCall : nullptr;
    }
}

// Registered VFSs must outlive every connection: they live until the process ends.
std::mutex g_registryMutex;
std::list<Shim> g_shims;

bool registerShim(const char* name, sqlite3_vfs* underlying, std::size_t capacity)
{
    const std::lock_guard lock(g_registryMutex);
    if (sqlite3_vfs_find(name))
        return true;
    if (!underlying)
        return false;
    Shim& shim = g_shims.emplace_back();
    shim.real = underlying;
    shim.name = name;
    shim.capacity = std::min(capacity, WalWriteBatcher::kDefaultCapacity);
    fillVfs(shim);
    if (sqlite3_vfs_register(&shim.vfs, 0) != SQLITE_OK) {
        g_shims.pop_back();
        return false;
    }
    return true;
}

} // namespace

const char* WalWriteBatcher::defaultVfsName()
{
    static constexpr const char* kName = "patron-walbatch";
    static std::once_flag once;
    std::call_once(once, [] {
        const bool registered = registerShim(kName, sqlite3_vfs_find(nullptr), kDefaultCapacity);
        assert(registered);
        (void)registered;
    });
    return kName;
}

bool WalWriteBatcher::registerOver(const QByteArray& name, const QByteArray& underlying, std::size_t capacity)
{
    return registerShim(name.constData(), sqlite3_vfs_find(underlying.constData()), capacity);
}

bool WalWriteBatcher::enable(sqlite3* db)
{
    // The setting itself, not what the caller believes: batching is safe only at FULL or EXTRA.
    sqlite3_stmt* stmt = nullptr;
    int level = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA main.synchronous", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        level = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    if (level < 2)
        return false;
    // SQLite's own pointer to this connection's WAL: other connections to the same file (in this
    // process too) have WAL handles of their own, so a name would not say which is ours.
    sqlite3_file* wal = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &wal) != SQLITE_OK || !wal || !wal->pMethods)
        return false;
    // Without powersafe overwrite SQLite pads a commit to a sector boundary and writes part of
    // the last padding frame after the xSync, right before publishing the commit: those bytes
    // would still be pending when readers look. Unix reports it by default (no "psow=0").
    if (!(wal->pMethods->xDeviceCharacteristics(wal) & SQLITE_IOCAP_POWERSAFE_OVERWRITE))
        return false;
    // Exclusive locking mode takes no wal-index locks, so the end of a write transaction would
    // not be seen (mainShmLock); Patron never sets it, and batching stays off if something does.
    sqlite3_stmt* mode = nullptr;
    bool exclusive = false;
    if (sqlite3_prepare_v2(db, "PRAGMA main.locking_mode", -1, &mode, nullptr) == SQLITE_OK && sqlite3_step(mode) == SQLITE_ROW)
        exclusive = sqlite3_stricmp(reinterpret_cast<const char*>(sqlite3_column_text(mode, 0)), "exclusive") == 0;
    sqlite3_finalize(mode);
    if (exclusive)
        return false;
    return sqlite3_file_control(db, "main", kEnableOpcode, wal) == SQLITE_OK;
}

bool WalWriteBatcher::isBatching(sqlite3* db)
{
    int batching = 0;
    return sqlite3_file_control(db, "main", kQueryOpcode, &batching) == SQLITE_OK && batching != 0;
}

} // namespace patron
