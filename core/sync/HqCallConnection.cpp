#include "sync/HqCallConnection.h"

#include <algorithm>

namespace patron {

HqCallConnection::HqCallConnection(PgConnectInfo info, const QString& purpose) : m_info(std::move(info))
{
    m_info.connectTimeoutSec = std::max(2, kTimeoutMs / 1000);
    m_info.applicationName = purpose;
}

Result<void> HqCallConnection::connect()
{
    if (m_conn.isHealthy())
        return {};
    auto c = PgConnection::connect(m_info);
    if (!c)
        return c.error();
    m_conn = std::move(*c);
    // A hold waits on a lock at head office (the member's, the sale's): never longer than the
    // cashier may.
    auto t = m_conn.exec("SELECT set_config('statement_timeout', $1, false)", {QString::number(kTimeoutMs)});
    if (!t)
        return t.error();
    return {};
}

} // namespace patron
