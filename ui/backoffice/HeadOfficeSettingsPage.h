#pragma once
// HeadOfficeSettingsPage: where head office is (host, port, database, the till's user and
// password), TLS (mode, CA, client certificate), "Test connection" on a worker thread, joining
// and leaving (applied to the running till at once: connectionChanged), and how the last sync went.

#include "backoffice/HeadOfficeSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace patron {
class Clock;
class Outbox;
}

namespace patron::ui {

class Dialogs;
class FileChooser;

class HeadOfficeSettingsPage : public QWidget {
    Q_OBJECT
public:
    HeadOfficeSettingsPage(Database& db, StoreSettings& settings, AuditLog& audit, Outbox& outbox, const Clock& clock,
                           Session actor, Dialogs& dialogs, FileChooser& files, QWidget* parent = nullptr);
    ~HeadOfficeSettingsPage() override;  // waits for a running test

    void testConnection();
    bool isTesting() const { return m_thread != nullptr; }
    bool join();
    bool leave();
    void refreshStatus();

signals:
    void testFinished(bool ok, const QString& message);
    // Saved a connection (joined) or removed it: the running till takes it up (MainWindow).
    void connectionChanged(bool joined);

private:
    HeadOfficeFields fields() const;
    void fillFields(const HeadOfficeFields& f);
    void pick(QLineEdit* target, const QString& title);
    void onTested(bool ok, const QString& message);

    Database& m_db;
    HeadOfficeSettings m_settings;
    Outbox& m_outbox;
    const Clock& m_clock;
    Session m_actor;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslmode;
    QLineEdit* m_rootCert;
    QLineEdit* m_cert;
    QLineEdit* m_key;
    QPushButton* m_test;
    QPushButton* m_leave;
    QLabel* m_testResult;
    QLabel* m_state;
    QLabel* m_status;
    QThread* m_thread = nullptr;
};

} // namespace patron::ui
