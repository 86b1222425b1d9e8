#include "hq/PgTransaction.h"

#include "hq/PgConnection.h"

namespace patron {

PgTransaction::~PgTransaction()
{
    // A lost connection has rolled back on the server already; the result is irrelevant here.
    if (m_open && m_conn.isHealthy())
        (void)m_conn.execScript("ROLLBACK");
}

Result<void> PgTransaction::begin()
{
    PATRON_TRY(m_conn.execScript("BEGIN"));
    m_open = true;
    return {};
}

Result<void> PgTransaction::commit()
{
    m_open = false;
    return m_conn.execScript("COMMIT");
}

} // namespace patron
