#pragma once
// UsersPage: the till's users (add, change role, reset a PIN, which also unlocks,
// disable/enable) and the editable roles x permissions matrix.

#include "auth/UserService.h"

#include <QWidget>

class QComboBox;
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
    void changeRole();       // the selected user gets the role chosen beside the button
    void savePermissions();

private:
    QString selectedUser() const;
    void showSelectedRole();

    UserService& m_users;
    RolePermissions& m_roles;
    Session m_actor;
    Dialogs& m_dialogs;
    QTableWidget* m_table;
    QLineEdit* m_newPin;
    QComboBox* m_role;
    PermissionMatrixTable* m_matrix;
};

} // namespace patron::ui
