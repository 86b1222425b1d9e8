#include "auth/UserService.h"

#include "auth/AuditLog.h"
#include "auth/PinHasher.h"
#include "common/Clock.h"
#include "common/Uuid.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct UsersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Users)
};

namespace {

User readUser(Statement& s)
{
    User u;
    u.id = s.int64(0);
    u.name = s.text(1);
    u.displayName = s.text(2);
    u.role = s.text(3);
    u.disabled = s.int64(4) != 0;
    u.locked = s.int64(5) != 0;
    u.failedAttempts = int(s.int64(6));
    u.createdAt = s.text(7);
    return u;
}

#define PATRON_USER_COLUMNS "id, name, display_name, role, disabled, locked, failed_attempts, created_at"

Error unknownUser()
{
    // The same words for an unknown user and a wrong PIN: the till does not confirm user names.
    return {ErrorCode::AuthFailed, UsersTr::tr("Unknown user or wrong PIN.")};
}
} // namespace

UserService::UserService(Database& db, AuditLog& audit, Outbox& outbox, const Clock& clock, LoginPolicy policy)
    : m_db(db), m_audit(audit), m_outbox(outbox), m_clock(clock), m_policy(policy)
{
}

QSet<QString> UserService::permissionsOf(const QString& role) const
{
    QSet<QString> out;
    Statement s = m_db.cached("SELECT permission FROM role_permissions WHERE role = ?");
    s.bind(1, role);
    while (s.step())
        out.insert(s.text(0));
    return out;
}

Result<void> UserService::requirePermission(const Session& actor, const QString& permission) const
{
    if (!actor.can(permission))
        return makeError(ErrorCode::PermissionDenied,
                         UsersTr::tr("%1 may not do this: it needs the permission \"%2\".")
                             .arg(actor.userName, permissionDisplayName(permission)));
    return {};
}

Result<void> UserService::requireRankAtLeast(const Session& actor, Role role) const
{
    Role own;
    // Roles are ordered cashier < supervisor < manager < admin (the enum's order).
    if (!parseRole(actor.role, &own) || int(role) > int(own))
        return makeError(ErrorCode::PermissionDenied,
                         UsersTr::tr("%1 may not give or change the role %2: it is above their own role.")
                             .arg(actor.userName, roleDisplayName(roleName(role))));
    return {};
}

Result<User> UserService::bootstrapAdmin(const QString& name, const QString& pin)
{
    return guarded([&]() -> Result<User> {
        if (m_db.queryInt64("SELECT count(*) FROM users").value_or(0) > 0)
            return makeError(ErrorCode::Refused, UsersTr::tr("The store already has users; ask an administrator."));
        Session system;
        system.userName = QStringLiteral("system");
        system.role = roleName(Role::Admin);
        system.permissions = defaultPermissions(Role::Admin);
        return add(system, name, name, roleName(Role::Admin), pin);
    });
}

Result<User> UserService::add(const Session& actor, const QString& name, const QString& displayName,
                              const QString& roleText, const QString& pin)
{
    PATRON_TRY(requirePermission(actor, perm::UsersManage));
    static const QRegularExpression validName(QStringLiteral("^[\\w.\\-]{1,32}$"), QRegularExpression::UseUnicodePropertiesOption);
    if (!validName.match(name).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         UsersTr::tr("A user name has 1 to 32 letters, digits, '.', '-' or '_' (got \"%1\").").arg(name));
    Role role;
    if (!parseRole(roleText, &role))
        return makeError(ErrorCode::InvalidInput,
                         UsersTr::tr("\"%1\" is not a role; use cashier, supervisor, manager or admin.").arg(roleText));
    PATRON_TRY(requireRankAtLeast(actor, role));
    auto normalized = normalizePin(pin);
    if (!normalized)
        return normalized.error();
    const QString hash = hashPin(*normalized);
    wipe(*normalized);
    return guarded([&]() -> Result<User> {
        Transaction tx(m_db);
        if (m_db.queryInt64("SELECT count(*) FROM users WHERE name = ?", name).value_or(0) > 0)
            return makeError(ErrorCode::AlreadyExists, UsersTr::tr("There is already a user called %1.").arg(name));
        const QDateTime now = m_clock.now();
        const Uuid uuid = Uuid::v7(now.toMSecsSinceEpoch());
        const QString display = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
        m_db.execute("INSERT INTO users(uuid, name, display_name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                     uuid.bytes(), name, display, roleName(role), hash, isoWithOffset(now));
        m_audit.append(actor.userName, QStringLiteral("user.add"), name, {{QStringLiteral("role"), roleName(role)}});
        m_outbox.append(QStringLiteral("user.added"), 1,
                        {{QStringLiteral("uuid"), uuid.toString()}, {QStringLiteral("name"), name},
                         {QStringLiteral("display_name"), display}, {QStringLiteral("role"), roleName(role)}});
        tx.commit();
        return find(name).value();
    });
}

Result<void> UserService::setPin(const Session& actor, const QString& name, const QString& pin)
{
    // Changing one's own PIN needs no permission; anyone else's needs users.manage.
    if (actor.userName.compare(name, Qt::CaseInsensitive) != 0)
        PATRON_TRY(requirePermission(actor, perm::UsersManage));
    auto normalized = normalizePin(pin);
    if (!normalized)
        return normalized.error();
    const QString hash = hashPin(*normalized);
    wipe(*normalized);
    return guarded([&]() -> Result<void> {
        Transaction tx(m_db);
        if (m_db.execute("UPDATE users SET pin_hash = ?, failed_attempts = 0, next_attempt_ms = 0, locked = 0 WHERE name = ?",
                         hash, name) == 0)
            return makeError(ErrorCode::NotFound, UsersTr::tr("There is no user called %1.").arg(name));
        m_audit.append(actor.userName, QStringLiteral("user.set_pin"), name);
        tx.commit();
        return {};
    });
}

Result<void> UserService::setDisabled(const Session& actor, const QString& name, bool disabled)
{
    PATRON_TRY(requirePermission(actor, perm::UsersManage));
    if (disabled && actor.userName.compare(name, Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::Refused, UsersTr::tr("You cannot disable yourself."));
    return guarded([&]() -> Result<void> {
        Transaction tx(m_db);
        auto user = find(name);
        if (!user)
            return user.error();
        if (disabled && user->role == u"admin"
            && m_db.queryInt64("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0 AND name <> ?", name).value_or(0) == 0)
            return makeError(ErrorCode::Refused, UsersTr::tr("%1 is the last active administrator and cannot be disabled.").arg(name));
        m_db.execute("UPDATE users SET disabled = ? WHERE name = ?", disabled, name);
        m_audit.append(actor.userName, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), name);
        m_outbox.append(QStringLiteral("user.changed"), 1,
                        {{QStringLiteral("name"), name}, {QStringLiteral("disabled"), disabled}});
        tx.commit();
        return {};
    });
}

Result<User> UserService::setRole(const Session& actor, const QString& name, const QString& roleText)
{
    PATRON_TRY(requirePermission(actor, perm::UsersManage));
    Role role;
    if (!parseRole(roleText, &role))
        return makeError(ErrorCode::InvalidInput,
                         UsersTr::tr("\"%1\" is not a role; use cashier, supervisor, manager or admin.").arg(roleText));
    PATRON_TRY(requireRankAtLeast(actor, role));
    return guarded([&]() -> Result<User> {
        Transaction tx(m_db);
        auto user = find(name);
        if (!user)
            return user.error();
        Role current;
        if (parseRole(user->role, &current))
            PATRON_TRY(requireRankAtLeast(actor, current));  // a manager cannot demote an administrator
        if (user->role == roleName(role))
            return *user;  // nothing changes, nothing to record
        if (user->role == roleName(Role::Admin) && !user->disabled
            && m_db.queryInt64("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0 AND name <> ?", user->name)
                       .value_or(0)
                   == 0)
            return makeError(ErrorCode::Refused,
                             UsersTr::tr("%1 is the last active administrator and must stay one; make another user "
                                         "an administrator first.")
                                 .arg(user->name));
        m_db.execute("UPDATE users SET role = ? WHERE id = ?", roleName(role), user->id);
        m_audit.append(actor.userName, QStringLiteral("user.role"), user->name,
                       {{QStringLiteral("from"), user->role}, {QStringLiteral("to"), roleName(role)}});
        m_outbox.append(QStringLiteral("user.changed"), 1,
                        {{QStringLiteral("name"), user->name}, {QStringLiteral("role"), roleName(role)}});
        tx.commit();
        user->role = roleName(role);
        return *user;
    });
}

Result<QList<User>> UserService::list() const
{
    return guarded([&] {
        QList<User> out;
        Statement s = m_db.prepare("SELECT " PATRON_USER_COLUMNS " FROM users ORDER BY name");
        while (s.step())
            out.append(readUser(s));
        return out;
    });
}

Result<User> UserService::find(const QString& name) const
{
    return guarded([&]() -> Result<User> {
        Statement s = m_db.prepare("SELECT " PATRON_USER_COLUMNS " FROM users WHERE name = ?");
        s.bind(1, name);
        if (!s.step())
            return makeError(ErrorCode::NotFound, UsersTr::tr("There is no user called %1.").arg(name));
        return readUser(s);
    });
}

Result<Session> UserService::authenticate(const QString& name, const QString& pin)
{
    // An empty PIN is a stray Enter (or a key pressed while the till was busy), not a guess: it
    // must not count towards the lockout, on the sign-in page or in a manager's override.
    if (pin.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, UsersTr::tr("Enter your PIN."));
    return guarded([&]() -> Result<Session> {
        Statement s = m_db.prepare(
            "SELECT id, name, role, pin_hash, failed_attempts, next_attempt_ms, locked, disabled FROM users WHERE name = ?");
        s.bind(1, name);
        const qint64 nowMs = m_clock.nowMs();
        if (!s.step()) {
            Transaction tx(m_db);
            m_audit.append(name, QStringLiteral("login.failed"), name, {{QStringLiteral("reason"), QStringLiteral("unknown_user")}});
            tx.commit();
            return unknownUser();
        }
        const qint64 id = s.int64(0);
        const QString userName = s.text(1);
        const QString role = s.text(2);
        const QString hash = s.text(3);
        const int failed = int(s.int64(4));
        const qint64 nextAttempt = s.int64(5);
        const bool locked = s.int64(6) != 0;
        const bool disabled = s.int64(7) != 0;
        s = Statement();

        auto refuse = [&](const QString& reason, Error error) -> Result<Session> {
            Transaction tx(m_db);
            m_audit.append(userName, QStringLiteral("login.refused"), userName, {{QStringLiteral("reason"), reason}});
            tx.commit();
            return error;
        };
        if (disabled)
            return refuse(QStringLiteral("disabled"), {ErrorCode::Locked, UsersTr::tr("The user %1 is disabled.").arg(userName)});
        if (locked)
            return refuse(QStringLiteral("locked"),
                          {ErrorCode::Locked, UsersTr::tr("The user %1 is locked after too many wrong PINs. A manager must reset the PIN.").arg(userName)});
        if (nowMs < nextAttempt) {
            const qint64 waitS = (nextAttempt - nowMs + 999) / 1000;
            return refuse(QStringLiteral("backoff"),
                          {ErrorCode::Locked, UsersTr::tr("Too many wrong PINs. Wait %n second(s) and try again.", nullptr, int(waitS))});
        }

        auto normalized = normalizePin(pin);
        const bool good = normalized && verifyPin(hash, *normalized);
        if (normalized)
            wipe(*normalized);
        Transaction tx(m_db);
        if (good) {
            m_db.execute("UPDATE users SET failed_attempts = 0, next_attempt_ms = 0 WHERE id = ?", id);
            m_audit.append(userName, QStringLiteral("login.ok"), userName);
            tx.commit();
            Session session;
            session.userId = id;
            session.userName = userName;
            session.role = role;
            session.permissions = permissionsOf(role);
            return session;
        }
        const int nowFailed = failed + 1;
        if (nowFailed >= m_policy.maxFailures) {
            m_db.execute("UPDATE users SET failed_attempts = ?, locked = 1 WHERE id = ?", qint64(nowFailed), id);
            m_audit.append(userName, QStringLiteral("login.locked"), userName, {{QStringLiteral("failures"), nowFailed}});
            tx.commit();
            return makeError(ErrorCode::Locked,
                             UsersTr::tr("Wrong PIN. The user %1 is now locked; a manager must reset the PIN.").arg(userName));
        }
        qint64 next = 0;
        if (nowFailed > m_policy.freeAttempts)
            next = nowMs + (m_policy.baseDelayMs << (nowFailed - m_policy.freeAttempts - 1));
        m_db.execute("UPDATE users SET failed_attempts = ?, next_attempt_ms = ? WHERE id = ?", qint64(nowFailed), next, id);
        m_audit.append(userName, QStringLiteral("login.failed"), userName, {{QStringLiteral("failures"), nowFailed}});
        tx.commit();
        const int left = m_policy.maxFailures - nowFailed;
        return makeError(ErrorCode::AuthFailed,
                         UsersTr::tr("Unknown user or wrong PIN. %n attempt(s) left before the user is locked.", nullptr, left));
    });
}

Result<Session> UserService::authorizeOverride(const QString& managerName, const QString& pin, const QString& permission)
{
    auto session = authenticate(managerName, pin);
    if (!session)
        return session.error();
    if (!session->can(permission))
        return makeError(ErrorCode::PermissionDenied,
                         UsersTr::tr("%1 may not authorise this: it needs the permission \"%2\".")
                             .arg(session->userName, permissionDisplayName(permission)));
    auto audited = guarded([&] {
        Transaction tx(m_db);
        m_audit.append(session->userName, QStringLiteral("override"), permission);
        tx.commit();
    });
    if (!audited)
        return audited.error();
    return session;
}

} // namespace patron
