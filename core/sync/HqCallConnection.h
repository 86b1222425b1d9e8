#pragma once
// The connection to head office for a call a cashier waits on (a stored-value hold before a
// spend, a hold on a return's quantities): opened on first use and again after it broke, with
// short connect and statement timeouts, so a dead line costs the till seconds, not minutes.

#include "common/Result.h"
#include "hq/PgConnectInfo.h"
#include "hq/PgConnection.h"

#include <QString>

namespace patron {

class HqCallConnection {
public:
    // How long one call may wait for head office, connecting included (libpq's shortest connect
    // timeout is 2 s).
    static constexpr int kTimeoutMs = 3000;

    // `purpose` names the connection at head office (pg_stat_activity.application_name).
    HqCallConnection(PgConnectInfo info, const QString& purpose);

    // Connects when not connected (or the last connection broke) and sets the statement timeout.
    Result<void> connect();
    // Closes a broken connection, so the next connect() opens a new one.
    void drop() { m_conn = PgConnection(); }
    PgConnection& pg() { return m_conn; }
    const PgConnection& pg() const { return m_conn; }

private:
    PgConnectInfo m_info;
    PgConnection m_conn;
};

} // namespace patron
