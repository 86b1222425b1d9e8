#include "shell/TillReturnAuthority.h"

#include "sync/HqReturnAuthority.h"

namespace patron::ui {

TillReturnAuthority::TillReturnAuthority(Database& db, const Clock& clock, Outbox& outbox, StoreIdentity identity)
    : m_db(db), m_clock(clock), m_outbox(outbox), m_identity(std::move(identity))
{
    reload();
}

TillReturnAuthority::~TillReturnAuthority() = default;

void TillReturnAuthority::reload()
{
    // A hold the old connection granted ends at head office by itself when it expires.
    m_hq = HqReturnAuthority::ifJoined(m_db, m_clock, m_outbox, m_identity);
}

Result<void> TillReturnAuthority::prepare(const QString& receiptNo)
{
    return m_hq ? m_hq->prepare(receiptNo) : Result<void>();
}

Result<void> TillReturnAuthority::reserve(const ReturnClaim& claim)
{
    return m_hq ? m_hq->reserve(claim) : Result<void>();
}

void TillReturnAuthority::release(const Uuid& returnUuid)
{
    if (m_hq)
        m_hq->release(returnUuid);
}

void TillReturnAuthority::confirm(const Uuid& returnUuid)
{
    if (m_hq)
        m_hq->confirm(returnUuid);
}

} // namespace patron::ui
