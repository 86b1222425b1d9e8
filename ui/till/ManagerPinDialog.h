#pragma once
// A manager types their PIN at the cashier's till to allow one action (授权): the action and the
// permission it needs are shown, the PIN is checked by UserService::authorizeOverride.

#include "auth/UserService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace patron::ui {

class ManagerPinDialog : public QDialog {
    Q_OBJECT
public:
    ManagerPinDialog(UserService& users, QString permission, const QString& why, QWidget* parent = nullptr);
    const std::optional<Session>& session() const { return m_session; }

private:
    void tryAuthorize();

    UserService& m_users;
    QString m_permission;
    QComboBox* m_manager;
    QLineEdit* m_pin;
    QLabel* m_error;
    std::optional<Session> m_session;
};

} // namespace patron::ui
