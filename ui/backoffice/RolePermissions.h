#pragma once
// RolePermissions: the roles x permissions matrix in role_permissions, read and replaced as a
// whole in one transaction with its audit record. The administrator always keeps
// users.manage, so nobody can lock every manager out of the matrix itself. No QtGui: it can
// move to core/auth unchanged.

#include "common/Result.h"

#include <QMap>
#include <QSet>
#include <QString>

namespace patron {
class AuditLog;
class Database;
struct Session;
}

namespace patron::ui {

using PermissionMatrix = QMap<QString, QSet<QString>>;  // role name -> permissions

class RolePermissions {
public:
    RolePermissions(Database& db, AuditLog& audit) : m_db(db), m_audit(audit) {}

    Result<PermissionMatrix> load() const;
    // Replaces the matrix; audit details list what was granted and revoked per role.
    Result<void> save(const Session& actor, PermissionMatrix matrix);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace patron::ui
