#pragma once
// The member's rights under PIPL: an export of everything the store holds about one member
// (JSON), and erasure: the profile is anonymised and marked erased, the ledgers stay as numbers
// (the books must still balance), and head office learns it through an outbox event.

#include "auth/UserService.h"
#include "common/Result.h"
#include "members/MemberRepository.h"

#include <QJsonObject>

namespace patron {

class AuditLog;
class Clock;
class Database;
class MemberSearchIndex;
class Outbox;

class PrivacyService {
public:
    PrivacyService(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox, MemberSearchIndex& index);

    Result<QJsonObject> exportMember(const Session& actor, qint64 memberId);
    Result<void> erase(const Session& actor, qint64 memberId, const QString& reason);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    MemberSearchIndex& m_index;
    MemberRepository m_members;
};

} // namespace patron
