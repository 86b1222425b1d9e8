#pragma once
// The signed-in landing page: who is signed in, on which till, with lock and sign-out. The
// checkout screen takes this place once the sales engine is wired into the till.

#include <QWidget>

class QLabel;

namespace patron::ui {

class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);
    void setUser(const QString& displayName, const QString& role);
    void setStore(const QString& description);

signals:
    void lockRequested();
    void signOutRequested();

private:
    QLabel* m_user;
    QLabel* m_store;
};

} // namespace patron::ui
