#pragma once
// Merging duplicate members: the same person registered twice (offline in two stores, or a typo
// a manager found). One business action: the merged member's ledgers (points lots with their
// expiry, stored value with principal and bonus apart, coupons, count cards), its sales, carts
// and activity move to the survivor; the merged member keeps its row, marked merged-into, so
// every later lookup of it answers with the survivor. Head office learns it from `member.merged`.

#include "auth/UserService.h"
#include "common/Result.h"
#include "members/Member.h"
#include "members/MemberRepository.h"

#include <QList>

namespace patron {

class AuditLog;
class Clock;
class Database;
class MemberSearchIndex;
class MemberService;
class Outbox;
class TierService;

struct MemberMergeRequest {
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    // Profile fields the survivor takes (chosen from either member); unset fields stay as the
    // survivor has them. The merged member's mobile and card number are free by then.
    MemberFields profile;
};

struct MemberMergeOutcome {
    Member survivor;             // after the merge
    Uuid mergedUuid;
    qint64 pointsMoved = 0;      // the merged member's points balance
    qint64 principalMoved = 0;   // stored value, minor units
    qint64 bonusMoved = 0;
    int couponsMoved = 0;
    int countCardsMoved = 0;
    int salesMoved = 0;
};

// Two members a manager should look at: same name, and at least one of them without a mobile
// (a pulled profile whose mobile this store already had arrives without it).
struct DuplicateCandidate {
    Member first;
    Member second;
};

// The profile fields a merge can take from the other member, by name (CLI and back office).
const QStringList& mergeableProfileFields();  // name, mobile, card, gender, birthday, email, region, tags, notes
// `fields` of `from` as MemberFields; InvalidInput naming the first unknown field.
Result<MemberFields> profileFieldsOf(const Member& from, const QStringList& fields);

class MemberMerge {
public:
    MemberMerge(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, MemberService& members,
                MemberSearchIndex& index, TierService& tiers);

    // Needs the manager's permissions to move balances (points and stored-value adjustment).
    static bool allowed(const Session& actor);
    Result<MemberMergeOutcome> merge(const Session& actor, const MemberMergeRequest& request);
    Result<QList<DuplicateCandidate>> duplicates(int limit = 200) const;

private:
    struct Row;
    Result<Row> readRow(qint64 id, bool survivor) const;
    void moveActivity(qint64 from, qint64 to);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    MemberService& m_members;
    MemberSearchIndex& m_index;
    TierService& m_tiers;
    MemberRepository m_repository;
};

} // namespace patron
