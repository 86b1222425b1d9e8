#pragma once
// AddUserDialog: a new till user (sign-in name, display name, role, PIN twice). The user
// service validates; its translated error stays in the dialog.

#include "auth/UserService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace patron::ui {

class AddUserDialog : public QDialog {
    Q_OBJECT
public:
    AddUserDialog(UserService& users, Session actor, QWidget* parent = nullptr);
    bool save();  // bound to OK

private:
    UserService& m_users;
    Session m_actor;
    QLineEdit *m_name, *m_display, *m_pin, *m_pinAgain;
    QComboBox* m_role;
    QLabel* m_error;
};

} // namespace patron::ui
