#pragma once
// Users of the till: PIN sign-in with backoff and lockout, roles and permissions, all audited.

#include "auth/Permissions.h"
#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace patron {

class AuditLog;
class Clock;
class Database;
class Outbox;

struct User {
    qint64 id = 0;
    QString name;
    QString displayName;
    QString role;
    bool disabled = false;
    bool locked = false;
    int failedAttempts = 0;
    QString createdAt;
};

// Who is acting: the signed-in user with the permissions their role has right now.
struct Session {
    qint64 userId = 0;
    QString userName;
    QString role;
    QSet<QString> permissions;
    bool can(const QString& permission) const { return permissions.contains(permission); }
};

struct LoginPolicy {
    int freeAttempts = 2;    // failures before any waiting
    int maxFailures = 5;     // failures in a row that lock the user until a manager resets the PIN
    qint64 baseDelayMs = 1000;  // then 1 s, 2 s, 4 s …
};

class UserService {
public:
    UserService(Database& db, AuditLog& audit, Outbox& outbox, const Clock& clock, LoginPolicy policy = {});

    // The first administrator of a new store; refused once any user exists.
    Result<User> bootstrapAdmin(const QString& name, const QString& pin);
    Result<User> add(const Session& actor, const QString& name, const QString& displayName,
                     const QString& role, const QString& pin);
    Result<void> setPin(const Session& actor, const QString& name, const QString& pin);  // also unlocks
    Result<void> setDisabled(const Session& actor, const QString& name, bool disabled);
    // Gives `name` another role. Needs users.manage; nobody may give a role above their own or
    // change the role of someone above them, and the last active administrator stays one.
    Result<User> setRole(const Session& actor, const QString& name, const QString& role);
    Result<QList<User>> list() const;
    Result<User> find(const QString& name) const;

    // Checks the PIN. Failures count, wait longer each time, and lock the user after the limit;
    // every success, failure and lockout is audited.
    Result<Session> authenticate(const QString& name, const QString& pin);
    // A manager's PIN for one action the current user may not do (manager override).
    Result<Session> authorizeOverride(const QString& managerName, const QString& pin, const QString& permission);

    QSet<QString> permissionsOf(const QString& role) const;

private:
    Result<void> requirePermission(const Session& actor, const QString& permission) const;
    // Refuses when `role` ranks above the actor's own role.
    Result<void> requireRankAtLeast(const Session& actor, Role role) const;

    Database& m_db;
    AuditLog& m_audit;
    Outbox& m_outbox;
    const Clock& m_clock;
    LoginPolicy m_policy;
};

} // namespace patron
