#include "members/MembersModule.h"

namespace patron {

MembersModule::MembersModule(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, const QString& storeCode,
                             InitialsFn initials, WalletReservation* reservation)
    : m_rules(db, clock, audit, outbox),
      m_index(db, std::move(initials)),
      m_localReservation(reservation ? nullptr : std::make_unique<LocalWalletReservation>(m_rules)),
      m_points(db, clock, audit, outbox, m_rules),
      m_coupons(db, clock, audit, outbox, m_rules),
      m_tiers(db, clock, audit, outbox, m_rules),
      m_wallet(db, clock, audit, outbox, m_rules, reservation ? *reservation : *m_localReservation, m_points, m_coupons,
               m_tiers),
      m_members(db, clock, audit, outbox, m_rules, m_index, m_coupons, storeCode),
      m_countCards(db, clock, audit, outbox),
      m_activity(db),
      m_reports(db, clock),
      m_rfm(db, clock),
      m_privacy(db, clock, audit, outbox, m_index)
{
}

} // namespace patron
