#pragma once
// BackupPage: "Back up now" to a file the manager chooses, off the UI thread with a busy
// indicator, then the size and SHA-256 of what was written; and "Restore…": an administrator
// chooses a backup and types its passphrase, the backup is checked without touching the live
// store, and after a clear warning the page asks the till (restoreRequested) to close the store,
// restore, and reopen on the restored one.

#include "auth/UserService.h"
#include "common/SharedSecret.h"
#include "store/Backup.h"

#include <memory>

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace patron {
class Outbox;
class Store;
}

namespace patron::ui {

class Dialogs;
class FileChooser;
class PassphrasePrompt;

class BackupPage : public QWidget {
    Q_OBJECT
public:
    // joined: the till is joined to head office (what a restore loses differs).
    // `outbox`: the events not yet sent; a joined till refuses to restore over them (they would be lost).
    BackupPage(Store& store, const Outbox& outbox, Session actor, bool joined, Dialogs& dialogs, FileChooser& files,
               QWidget* parent = nullptr);
    ~BackupPage() override;  // waits for a running backup

    void backUpNow();
    bool isRunning() const;
    // Chooses a backup and asks its passphrase, then checks it on a worker; once checked and
    // confirmed, emits restoreRequested.
    void restore();
    // Tests answer the passphrase question without a dialog.
    void setPassphrasePrompt(PassphrasePrompt& prompt) { m_prompt = &prompt; }

signals:
    void backupFinished(bool ok);
    // A checked backup the administrator confirmed: the till closes its session and restores it.
    void restoreRequested(const QString& file, const patron::SharedSecret& passphrase);

private:
    void onFinished(const Result<BackupInfo>& result);
    // The worker checked the backup: say why it cannot be restored, or confirm and hand it on.
    void onChecked(const QString& file, const SharedSecret& passphrase, const Result<BackupSummary>& summary);

    Store& m_store;
    const Outbox& m_outbox;
    Session m_actor;
    bool m_joined;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    std::unique_ptr<PassphrasePrompt> m_ownPrompt;
    PassphrasePrompt* m_prompt;
    QPushButton* m_restore;
    QPushButton* m_start;
    QProgressBar* m_busy;
    QLabel* m_result;
    QThread* m_thread = nullptr;
};

} // namespace patron::ui
