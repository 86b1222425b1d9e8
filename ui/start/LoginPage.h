#pragma once
// PIN sign-in: pick the user, type the PIN on the keyboard or the touch pad.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace patron::ui {

class LoginPage : public QWidget {
    Q_OBJECT
public:
    explicit LoginPage(QWidget* parent = nullptr);
    // (name, display name) of the active users.
    void setUsers(const QList<std::pair<QString, QString>>& users, const QString& preselect = {});
    void setStoreDescription(const QString& text);
    void setHint(const QString& text);
    void showError(const QString& message);
    void reset();

signals:
    void loginRequested(const QString& user, const QString& pin);

private:
    void submit();
    QLabel* m_store;
    QComboBox* m_user;
    QLineEdit* m_pin;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace patron::ui
