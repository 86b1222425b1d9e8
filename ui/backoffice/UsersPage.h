#pragma once
// UsersPage: the till's users (add, reset a PIN, which also unlocks, disable/enable) and the
// editable roles x permissions matrix.

#include "auth/UserService.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace patron::ui {

class Dialogs;
class PermissionMatrixTable;
class RolePermissions;

class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(UserService& users, RolePermissions& roles, Session actor, Dialogs& dialogs, QWidget* parent = nullptr);

    void refresh();
    void addUser();
    void resetPin();         // for the selected user, from the PIN field
    void toggleDisabled();   // for the selected user
    void savePermissions();

private:
    QString selectedUser() const;

    UserService& m_users;
    RolePermissions& m_roles;
    Session m_actor;
    Dialogs& m_dialogs;
    QTableWidget* m_table;
    QLineEdit* m_newPin;
    PermissionMatrixTable* m_matrix;
};

} // namespace patron::ui
