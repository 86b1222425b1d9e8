#include "backoffice/RolePermissions.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "auth/UserService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace patron::ui {

struct RolePermissionsTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::RolePermissions)
};

namespace {
QJsonArray sortedArray(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return QJsonArray::fromStringList(list);
}
} // namespace

Result<PermissionMatrix> RolePermissions::load() const
{
    return guarded([&] {
        PermissionMatrix m;
        for (Role r : {Role::Cashier, Role::Supervisor, Role::Manager, Role::Admin})
            m.insert(roleName(r), {});
        Statement s = m_db.prepare("SELECT role, permission FROM role_permissions");
        while (s.step())
            m[s.text(0)].insert(s.text(1));
        return m;
    });
}

Result<void> RolePermissions::save(const Session& actor, PermissionMatrix matrix)
{
    if (!actor.can(perm::UsersManage))
        return makeError(ErrorCode::PermissionDenied,
                         RolePermissionsTr::tr("%1 may not change roles and permissions.").arg(actor.userName));
    const QStringList known = allPermissions();
    for (auto it = matrix.begin(); it != matrix.end(); ++it) {
        Role role;
        if (!parseRole(it.key(), &role))
            return makeError(ErrorCode::InvalidInput, RolePermissionsTr::tr("Unknown role: %1").arg(it.key()));
        for (const QString& p : *it)
            if (!known.contains(p))
                return makeError(ErrorCode::InvalidInput, RolePermissionsTr::tr("Unknown permission: %1").arg(p));
    }
    matrix[roleName(Role::Admin)].insert(perm::UsersManage);
    auto before = load();
    if (!before)
        return before.error();
    return guarded([&] {
        Transaction tx(m_db);
        QJsonObject changes;
        Statement del = m_db.prepare("DELETE FROM role_permissions WHERE role = ?");
        Statement add = m_db.prepare("INSERT INTO role_permissions(role, permission) VALUES (?, ?)");
        for (auto it = matrix.cbegin(); it != matrix.cend(); ++it) {
            const QSet<QString> old = before->value(it.key());
            if (old == *it)
                continue;
            del.reset();
            del.bind(1, it.key());
            del.run();
            for (const QString& p : *it) {
                add.reset();
                add.bindAll(it.key(), p);
                add.run();
            }
            changes.insert(it.key(), QJsonObject{{QStringLiteral("granted"), sortedArray(*it - old)},
                                                 {QStringLiteral("revoked"), sortedArray(old - *it)}});
        }
        if (!changes.isEmpty())
            m_audit.append(actor.userName, QStringLiteral("roles.permissions"), QStringLiteral("role_permissions"),
                           changes);
        tx.commit();
    });
}

} // namespace patron::ui
