#include "devices/transport/DeviceFileTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#else
#include <io.h>
#endif

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct DeviceFileTransportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::DeviceFileTransport)
};

DeviceFileTransport::DeviceFileTransport(QString path) : m_path(std::move(path)) {}

DeviceFileTransport::~DeviceFileTransport()
{
    closeFd();
}

QString DeviceFileTransport::describe() const
{
    return QStringLiteral("file://") + m_path;
}

Error DeviceFileTransport::errnoError(int err, const QString& during) const
{
    switch (err) {
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return makeError(ErrorCode::Unavailable,
                         DeviceFileTransportTr::tr("There is no printer at %1. Check that it is plugged in and switched on.").arg(m_path));
    case EACCES:
    case EPERM:
        return makeError(ErrorCode::Unavailable,
                         DeviceFileTransportTr::tr("This user may not write to %1 (on Linux, join the lp group).").arg(m_path));
    case EBUSY:
        return makeError(ErrorCode::Unavailable, DeviceFileTransportTr::tr("The printer at %1 is in use by another program.").arg(m_path));
    case ENOSPC:
        return makeError(ErrorCode::DiskFull, DeviceFileTransportTr::tr("%1 is full.").arg(m_path));
    default:
        return makeError(ErrorCode::Unavailable,
                         DeviceFileTransportTr::tr("Writing to the printer at %1 failed %2: %3")
                             .arg(m_path, during, QString::fromLocal8Bit(std::strerror(err))));
    }
}

void DeviceFileTransport::closeFd()
{
    if (m_fd >= 0) {
#ifdef Q_OS_UNIX
        ::close(m_fd);
#else
        ::_close(m_fd);
#endif
        m_fd = -1;
    }
}

Result<void> DeviceFileTransport::open(int)
{
    const QByteArray path = QFile::encodeName(m_path);
#ifdef Q_OS_UNIX
    m_fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_APPEND);
#else
    m_fd = ::_open(path.constData(), _O_WRONLY | _O_BINARY | _O_APPEND);
#endif
    if (m_fd < 0)
        return errnoError(errno, DeviceFileTransportTr::tr("while opening"));
    return {};
}

Result<void> DeviceFileTransport::write(const QByteArray& data, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype done = 0;
    while (done < data.size()) {
#ifdef Q_OS_UNIX
        const ssize_t n = ::write(m_fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // The printer's buffer is full: wait for room, but not past the deadline.
            pollfd pfd{m_fd, POLLOUT, 0};
            const int ready = deadline.hasExpired() ? 0 : ::poll(&pfd, 1, int(deadline.remainingTime()));
            if (ready == 0)
                return makeError(ErrorCode::Unavailable,
                                 DeviceFileTransportTr::tr("The printer at %1 stopped taking data in the middle of the job (%2 of %3 "
                                        "bytes sent). Check paper and cover, then print again.")
                                     .arg(m_path).arg(done).arg(data.size()));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
#else
        const int n = ::_write(m_fd, data.constData() + done, unsigned(data.size() - done));
#endif
        if (n < 0)
            return errnoError(errno, DeviceFileTransportTr::tr("in the middle of the job"));
        done += n;
    }
    return {};
}

Result<void> DeviceFileTransport::finish(int)
{
    closeFd();
    return {};
}

} // namespace patron
