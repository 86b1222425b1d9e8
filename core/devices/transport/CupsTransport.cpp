#include "devices/transport/CupsTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CupsTransportTr {
    Q_DECLARE_TR_FUNCTIONS(patron::CupsTransport)
};

CupsTransport::CupsTransport(QString queue, QString program)
    : m_queue(std::move(queue)), m_program(std::move(program))
{
}

CupsTransport::~CupsTransport()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString CupsTransport::describe() const
{
    return QStringLiteral("cups://") + m_queue;
}

Result<void> CupsTransport::open(int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments({QStringLiteral("-d"), m_queue, QStringLiteral("-o"), QStringLiteral("raw")});
    m_process->start(QIODevice::ReadWrite);
    if (!m_process->waitForStarted(timeoutMs))
        return makeError(ErrorCode::Unavailable,
                         CupsTransportTr::tr("Cannot run %1 to print to the CUPS queue %2: %3 (is CUPS installed?)")
                             .arg(m_program, m_queue, m_process->errorString()));
    return {};
}

Result<void> CupsTransport::write(const QByteArray& data, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_process->write(data);
    while (m_process->bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_process->waitForBytesWritten(int(deadline.remainingTime()))) {
            // lp that refused the job (unknown queue) exits before reading its input: its own
            // message, reported by finish(), says more than "broken pipe".
            if (m_process->state() == QProcess::NotRunning || m_process->error() == QProcess::WriteError)
                return {};
            return makeError(ErrorCode::Unavailable,
                             CupsTransportTr::tr("The CUPS queue %1 did not take the job: %2").arg(m_queue, m_process->errorString()));
        }
    }
    return {};
}

Result<void> CupsTransport::finish(int timeoutMs)
{
    if (!m_process)
        return {};
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(1000);
        return makeError(ErrorCode::Unavailable,
                         CupsTransportTr::tr("The CUPS queue %1 did not accept the job within %2 seconds.")
                             .arg(m_queue).arg(qMax(1, timeoutMs / 1000)));
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        const QString why = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
        return makeError(ErrorCode::Unavailable,
                         CupsTransportTr::tr("CUPS refused the job for queue %1: %2").arg(m_queue, why));
    }
    return {};
}

} // namespace patron
