#include "shell/TillReturnAuthority.h"

#include "sync/HqReturnAuthority.h"

namespace patron::ui {

TillReturnAuthority::TillReturnAuthority(Database& db, const Clock& clock, Outbox& outbox, StoreIdentity identity,
                                         BlockingRunner& runner)
    : m_db(db), m_clock(clock), m_outbox(outbox), m_identity(std::move(identity)), m_runner(runner)
{
    reload();
}

TillReturnAuthority::~TillReturnAuthority() = default;

void TillReturnAuthority::reload()
{
    // A hold the old connection granted is in the till's journal: the sync worker settles it.
    m_hq = HqReturnAuthority::ifJoined(m_db, m_clock, m_outbox, m_identity, m_runner);
}

bool TillReturnAuthority::needsReceiptTotal(const QString& receiptNo)
{
    return m_hq && m_hq->needsReceiptTotal(receiptNo);
}

Result<void> TillReturnAuthority::prepare(const QString& receiptNo, std::optional<qint64> receiptTotalMinor)
{
    return m_hq ? m_hq->prepare(receiptNo, receiptTotalMinor) : Result<void>();
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

void TillReturnAuthority::committing(const Uuid& returnUuid)
{
    if (m_hq)
        m_hq->committing(returnUuid);
}

} // namespace patron::ui
