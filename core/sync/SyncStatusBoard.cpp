#include "sync/SyncStatusBoard.h"

#include <QMutexLocker>

namespace patron {

SyncStatus SyncStatusBoard::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void SyncStatusBoard::publish(const SyncStatus& status)
{
    {
        QMutexLocker lock(&m_mutex);
        m_status = status;
    }
    emit statusChanged();
}

void SyncStatusBoard::setPendingEvents(qint64 pending)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_status.pendingEvents == pending)
            return;
        m_status.pendingEvents = pending;
    }
    emit statusChanged();
}

} // namespace patron
