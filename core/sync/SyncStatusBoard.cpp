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

} // namespace patron
