#pragma once
// PermissionMatrixTable: roles as columns, permissions as rows, a checkbox in each cell. The
// administrator's users.manage box is fixed on (RolePermissions keeps it regardless).

#include "backoffice/RolePermissions.h"

#include <QTableWidget>

namespace patron::ui {

class PermissionMatrixTable : public QTableWidget {
    Q_OBJECT
public:
    explicit PermissionMatrixTable(QWidget* parent = nullptr);

    void setMatrix(const PermissionMatrix& matrix);
    PermissionMatrix matrix() const;
    // The cell for (permission, role), for tests and keyboard users.
    QTableWidgetItem* cell(const QString& permission, const QString& role) const;

private:
    QStringList m_roles;
    QStringList m_permissions;
};

} // namespace patron::ui
