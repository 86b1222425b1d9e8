#pragma once
// The members engine wired together: one object the till, the CLI and the checkout build on an
// open store, owning the rule book, the search index and every members service. The
// collaborators come in; nothing here reaches for a global.

#include "members/CountCardService.h"
#include "members/CouponService.h"
#include "members/LoyaltyRuleBook.h"
#include "members/MemberActivity.h"
#include "members/MemberReports.h"
#include "members/MemberSearchIndex.h"
#include "members/MemberService.h"
#include "members/PointsLedger.h"
#include "members/PrivacyService.h"
#include "members/RfmAnalysis.h"
#include "members/TierService.h"
#include "members/WalletReservation.h"
#include "members/WalletService.h"

#include <memory>

namespace patron {

class MembersModule {
public:
    // `reservation` null: the local reservation (balance and offline limit). Head-office sync
    // passes its own.
    MembersModule(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, const QString& storeCode,
                  InitialsFn initials, WalletReservation* reservation = nullptr);

    LoyaltyRuleBook& rules() { return m_rules; }
    MemberSearchIndex& searchIndex() { return m_index; }
    MemberService& members() { return m_members; }
    PointsLedger& points() { return m_points; }
    CouponService& coupons() { return m_coupons; }
    TierService& tiers() { return m_tiers; }
    WalletService& wallet() { return m_wallet; }
    CountCardService& countCards() { return m_countCards; }
    MemberActivity& activity() { return m_activity; }
    MemberReports& reports() { return m_reports; }
    RfmAnalysis& rfm() { return m_rfm; }
    PrivacyService& privacy() { return m_privacy; }

private:
    LoyaltyRuleBook m_rules;
    MemberSearchIndex m_index;
    std::unique_ptr<WalletReservation> m_localReservation;
    PointsLedger m_points;
    CouponService m_coupons;
    TierService m_tiers;
    WalletService m_wallet;
    MemberService m_members;
    CountCardService m_countCards;
    MemberActivity m_activity;
    MemberReports m_reports;
    RfmAnalysis m_rfm;
    PrivacyService m_privacy;
};

} // namespace patron
