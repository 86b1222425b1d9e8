#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QDir>

#include <utility>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Store)
};

Result<StoreLock> StoreLock::acquire(const QString& dataDir, Mode mode)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("patron.lock"));
    StoreLock lock;
#ifdef Q_OS_WIN
    HANDLE h = CreateFileW(reinterpret_cast<LPCWSTR>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_ALWAYS, 0, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return makeError(ErrorCode::IoError, StoreTr::tr("Cannot create the lock file %1.").arg(path));
    OVERLAPPED ov{};
    DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (mode == Mode::Exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    if (!LockFileEx(h, flags, 0, 1, 0, &ov)) {
        CloseHandle(h);
        return makeError(ErrorCode::StoreBusy, StoreTr::tr("The store is in use by another program (the till, patron-cli or sync). Close it and try again."));
    }
    lock.m_handle = reinterpret_cast<qintptr>(h);
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EROFS || errno == EACCES)
            return makeError(ErrorCode::ReadOnly, StoreTr::tr("The data folder %1 is read-only.").arg(dataDir));
        return makeError(ErrorCode::IoError, StoreTr::tr("Cannot create the lock file %1.").arg(path));
    }
    if (::flock(fd, (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        ::close(fd);
        return makeError(ErrorCode::StoreBusy,
                         mode == Mode::Exclusive
                             ? StoreTr::tr("The store is in use by another program (the till, patron-cli or sync). Close it and try again.")
                             : StoreTr::tr("The store is being restored from a backup. Try again when the restore has finished."));
    }
    lock.m_handle = fd;
#endif
    return lock;
}

Result<void> StoreLock::makeExclusive()
{
    const Error busy{ErrorCode::StoreBusy,
                     StoreTr::tr("The store is in use by another program (the till, patron-cli or sync). Close it and try again.")};
    if (m_handle < 0)
        return busy;
#ifdef Q_OS_WIN
    // A handle cannot convert its own lock: let go of the shared one, then ask for exclusive.
    HANDLE h = reinterpret_cast<HANDLE>(m_handle);
    OVERLAPPED ov{};
    UnlockFileEx(h, 0, 1, 0, &ov);
    OVERLAPPED ex{};
    if (LockFileEx(h, LOCKFILE_FAIL_IMMEDIATELY | LOCKFILE_EXCLUSIVE_LOCK, 0, 1, 0, &ex))
        return {};
    OVERLAPPED sh{};
    if (!LockFileEx(h, LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &sh))
        release();
#else
    // flock converts on the same descriptor; a conversion that fails may have dropped the
    // shared lock (Linux removes it first), so it is taken again.
    if (::flock(int(m_handle), LOCK_EX | LOCK_NB) == 0)
        return {};
    if (::flock(int(m_handle), LOCK_SH | LOCK_NB) != 0)
        release();
#endif
    return busy;
}

StoreLock::~StoreLock() { release(); }

StoreLock::StoreLock(StoreLock&& o) noexcept : m_handle(std::exchange(o.m_handle, -1)) {}

StoreLock& StoreLock::operator=(StoreLock&& o) noexcept
{
    if (this != &o) {
        release();
        m_handle = std::exchange(o.m_handle, -1);
    }
    return *this;
}

void StoreLock::release()
{
    if (m_handle < 0)
        return;
#ifdef Q_OS_WIN
    CloseHandle(reinterpret_cast<HANDLE>(m_handle));
#else
    ::close(int(m_handle));  // closing the descriptor drops the flock
#endif
    m_handle = -1;
}

} // namespace patron
