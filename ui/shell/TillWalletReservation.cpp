#include "shell/TillWalletReservation.h"

#include "sync/HqWalletReservation.h"

namespace patron::ui {

TillWalletReservation::TillWalletReservation(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox,
                                             BlockingRunner& runner)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox), m_runner(runner), m_rules(db, clock, audit, outbox),
      m_local(m_rules)
{
    reload();
}

TillWalletReservation::~TillWalletReservation() = default;

void TillWalletReservation::reload()
{
    // Holds granted by the old connection end at head office by themselves (reservation_ttl_s).
    m_hq = HqWalletReservation::ifJoined(m_db, m_clock, m_audit, m_outbox, m_runner);
}

Result<void> TillWalletReservation::reserve(const Member& member, qint64 amountMinor, const Uuid& saleUuid)
{
    return current().reserve(member, amountMinor, saleUuid);
}

void TillWalletReservation::release(const Uuid& saleUuid) { current().release(saleUuid); }

} // namespace patron::ui
