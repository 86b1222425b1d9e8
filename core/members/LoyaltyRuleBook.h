#pragma once
// Where the loyalty rules live: the store's settings table, one key per version
// (loyalty.rules.v1, v2, …) and loyalty.rules.current naming the one in force, so every
// earlier version stays readable. Every engine service reads the rules through this object.

#include "auth/UserService.h"
#include "common/Result.h"
#include "members/LoyaltyRules.h"

#include <QList>

namespace patron {

class AuditLog;
class Clock;
class Database;
class Outbox;

class LoyaltyRuleBook {
public:
    LoyaltyRuleBook(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox);

    // The rules in force (defaults until a version is saved). Re-read when another connection
    // saved a newer version.
    const LoyaltyRules& current();
    // Validates and saves a new version in its own transaction; needs perm::RulesEdit.
    Result<LoyaltyRules> set(const Session& actor, const QJsonObject& json);
    // Inside the caller's transaction (used by the rules editor and by head-office pull).
    Result<LoyaltyRules> saveInTransaction(const QString& user, const QJsonObject& json);
    QList<int> versions() const;
    Result<LoyaltyRules> version(int number) const;

    // For one unit of work (a transaction is open): the rules cannot change under it from
    // another connection (a transaction reads one snapshot, and a writer holds the write lock),
    // so the first current() inside the pin reads which version is in force and the others
    // reuse it. A save on this connection inside the pin is still seen. Pins nest.
    class Pin {
    public:
        explicit Pin(LoyaltyRuleBook& book);
        ~Pin();
        Pin(const Pin&) = delete;
        Pin& operator=(const Pin&) = delete;

    private:
        LoyaltyRuleBook& m_book;
        bool m_outer = false;
    };

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
    Outbox& m_outbox;
    LoyaltyRules m_current = LoyaltyRules::defaults();
    int m_loadedVersion = -1;
    bool m_pinned = false;
    bool m_readInPin = false;  // the version in force was read since the pin was set
};

} // namespace patron
