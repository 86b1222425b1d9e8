#pragma once
// BackupPage: "Back up now" to a file the manager chooses, off the UI thread with a busy
// indicator, then the size and SHA-256 of what was written; and how to restore (a restore needs
// the store closed, so it is done with patron-cli while the till is not running).

#include "store/Backup.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace patron {
class Store;
}

namespace patron::ui {

class Dialogs;
class FileChooser;

class BackupPage : public QWidget {
    Q_OBJECT
public:
    BackupPage(Store& store, Dialogs& dialogs, FileChooser& files, QWidget* parent = nullptr);
    ~BackupPage() override;  // waits for a running backup

    void backUpNow();
    bool isRunning() const;

signals:
    void backupFinished(bool ok);

private:
    void onFinished(const Result<BackupInfo>& result);

    Store& m_store;
    Dialogs& m_dialogs;
    FileChooser& m_files;
    QPushButton* m_start;
    QProgressBar* m_busy;
    QLabel* m_result;
    QThread* m_thread = nullptr;
};

} // namespace patron::ui
