#include "backoffice/PermissionMatrixTable.h"

#include "auth/Permissions.h"

#include <QHeaderView>

namespace patron::ui {

PermissionMatrixTable::PermissionMatrixTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("permissionMatrix"));
    for (Role r : {Role::Cashier, Role::Supervisor, Role::Manager, Role::Admin})
        m_roles << roleName(r);
    m_permissions = allPermissions();
    setColumnCount(int(m_roles.size()));
    setRowCount(int(m_permissions.size()));
    QStringList roleLabels, permissionLabels;
    for (const QString& r : m_roles)
        roleLabels << roleDisplayName(r);
    for (const QString& p : m_permissions)
        permissionLabels << permissionDisplayName(p);
    setHorizontalHeaderLabels(roleLabels);
    setVerticalHeaderLabels(permissionLabels);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < m_permissions.size(); ++row) {
        for (int col = 0; col < m_roles.size(); ++col) {
            auto* item = new QTableWidgetItem;
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
            if (m_roles[col] == roleName(Role::Admin) && m_permissions[row] == perm::UsersManage)
                flags = Qt::NoItemFlags;  // shown checked, not changeable
            item->setFlags(flags);
            item->setCheckState(Qt::Unchecked);
            setItem(row, col, item);
        }
    }
}

void PermissionMatrixTable::setMatrix(const PermissionMatrix& matrix)
{
    for (int row = 0; row < m_permissions.size(); ++row)
        for (int col = 0; col < m_roles.size(); ++col)
            item(row, col)->setCheckState(matrix.value(m_roles[col]).contains(m_permissions[row]) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    cell(perm::UsersManage, roleName(Role::Admin))->setCheckState(Qt::Checked);
}

PermissionMatrix PermissionMatrixTable::matrix() const
{
    PermissionMatrix m;
    for (int col = 0; col < m_roles.size(); ++col) {
        QSet<QString>& granted = m[m_roles[col]];
        for (int row = 0; row < m_permissions.size(); ++row)
            if (item(row, col)->checkState() == Qt::Checked)
                granted.insert(m_permissions[row]);
    }
    return m;
}

QTableWidgetItem* PermissionMatrixTable::cell(const QString& permission, const QString& role) const
{
    const int row = int(m_permissions.indexOf(permission));
    const int col = int(m_roles.indexOf(role));
    return row < 0 || col < 0 ? nullptr : item(row, col);
}

} // namespace patron::ui
