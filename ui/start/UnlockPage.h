#pragma once
// Unlocking the store at start-up when the keychain cannot: the recovery passphrase, with an
// option to remember the key in this computer's keychain for unattended starts.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace patron::ui {

class UnlockPage : public QWidget {
    Q_OBJECT
public:
    explicit UnlockPage(QWidget* parent = nullptr);
    void setStoreDescription(const QString& text);
    void showError(const QString& message);
    void reset();

signals:
    void unlockRequested(const QByteArray& passphrase, bool rememberInKeychain);

private:
    QLabel* m_store;
    QLineEdit* m_pass;
    QCheckBox* m_remember;
    QLabel* m_error;
};

} // namespace patron::ui
