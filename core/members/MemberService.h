#pragma once
// Member profiles: registration with only a mobile and a name, edits stamped with the hybrid
// logical clock (profile fields are last-writer-wins across tills), the payment PIN, and every
// way a till finds a member (mobile, last four digits, card, QR, name fragment, pinyin initials).

#include "auth/UserService.h"
#include "common/Result.h"
#include "members/Member.h"
#include "members/MemberRepository.h"

#include <QList>

namespace patron {

class AuditLog;
class Clock;
class CouponService;
class Database;
class LoyaltyRuleBook;
class MemberSearchIndex;
class Outbox;

class MemberService {
public:
    MemberService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, LoyaltyRuleBook& rules,
                  MemberSearchIndex& index, CouponService& coupons, QString storeCode);

    // Standalone actions (own transaction).
    Result<Member> registerMember(const Session& actor, const MemberFields& fields);
    Result<Member> edit(const Session& actor, qint64 memberId, const MemberFields& fields);
    Result<void> setPayPin(const Session& actor, qint64 memberId, const QString& pin);

    // Inside the caller's transaction (CSV import runs many in one).
    // Throws StoreException on storage errors; the caller commits (a member merge edits the survivor).
    Result<Member> editInTransaction(const QString& user, qint64 memberId, const MemberFields& fields);
    Result<Member> registerInTransaction(const QString& user, const MemberFields& fields,
                                         std::optional<QDateTime> joinedAt = std::nullopt);

    // Finds by whatever the cashier typed or scanned: "id:N", a mobile, its last 4 digits, a
    // card number, the member QR (PATRON:M:<card>), a name fragment or pinyin initials.
    Result<QList<Member>> find(const QString& query, int limit = 50) const;
    // Exactly one member from a mobile, a card number or "id:N" (the CLI's MEMBER argument).
    Result<Member> resolve(const QString& ref) const;
    Result<Member> byId(qint64 id) const;

private:
    Result<void> validate(const MemberFields& f, qint64 selfId, bool isNew) const;
    void stamp(qint64 memberId, const QString& type, const QJsonObject& payload);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    LoyaltyRuleBook& m_rules;
    MemberSearchIndex& m_index;
    CouponService& m_coupons;
    QString m_storeCode;
    MemberRepository m_members;
};

// "f"/"m"/"" from what people type (女, 男, female, F, …); false when not recognised.
bool parseGender(const QString& text, QString* gender);

} // namespace patron
