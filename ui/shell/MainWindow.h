#pragma once
// The till's window: start-up pages (first run, unlock, sign-in), then the signed-in pages, with
// a status bar and idle lock. Services arrive through the constructor.

#include "common/SharedSecret.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QMessageBox;
class QStackedWidget;

namespace patron {
class BackupScheduler;
class Clock;
class PriceScheduleTimer;
class Store;
class TillSettings;
}

namespace patron::ui {

class Dialogs;
class FirstRunPage;
class CheckoutPage;
class IdleLock;
class LoginPage;
struct NewStoreRequest;
struct ScannerConfig;
class StoreOpener;
class SyncIndicator;
class TillSync;
class BackOfficeWindow;
class ClockDriftIndicator;
class ElidedLabel;
class TillPrinter;
class TillPrompts;
class TillSession;
class UnlockPage;

struct MainWindowOptions {
    bool demo = false;       // open (creating if needed) the demo store
    QString demoDir;         // where the demo store lives
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(StoreOpener& opener, Dialogs& dialogs, TillSettings& settings, std::shared_ptr<Clock> clock,
               MainWindowOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Decides the first page: demo, first run, keychain unlock or passphrase.
    void start();
    TillSession* session() { return m_session.get(); }
    CheckoutPage* checkout() const { return m_checkout; }
    // The seam for the checkout's questions (quantities, manager PINs); real dialogs by default.
    void setPrompts(TillPrompts& prompts) { m_prompts = &prompts; }
    QWidget* currentPage() const;
    BackOfficeWindow* backOffice() const;

protected:
    // Events not yet sent while head office answers: offers to send them first (nothing is
    // lost either way: the outbox is in the store).
    void closeEvent(QCloseEvent* event) override;

private:
    void adopt(std::unique_ptr<Store> store);
    // Stops everything that uses the open store and closes it.
    void closeSession();
    // Closes the session, restores the backup (BackOfficeWindow::restoreRequested) and opens the
    // restored store; on failure reopens the live one as at start-up.
    void restoreFromBackup(const QString& file, const patron::SharedSecret& passphrase);
    void showLogin();
    void onCreate(const NewStoreRequest& request);
    void onUnlock(const QByteArray& passphrase, bool remember);
    void onLogin(const QString& user, const QString& pin);
    void lock();
    void refreshStatus();
    void openBackOffice();
    // The back office joined or left head office: the running till follows without a restart.
    void applyHeadOfficeChange();
    void showClockNotice(const QString& warning);
    void closeWhenSent();
    // This till's scanner settings; what did not parse is kept for the next sign-in to show.
    ScannerConfig scannerConfig();

    StoreOpener& m_opener;
    Dialogs& m_dialogs;
    TillSettings& m_settings;
    std::shared_ptr<Clock> m_clock;
    MainWindowOptions m_options;
    std::unique_ptr<TillSession> m_session;
    // The daily automatic backup while the till is open; goes before the session it uses.
    std::unique_ptr<BackupScheduler> m_backups;

    QStackedWidget* m_stack;
    FirstRunPage* m_firstRun;
    UnlockPage* m_unlock;
    LoginPage* m_login;
    CheckoutPage* m_checkout = nullptr;
    TillPrinter* m_printer;
    std::unique_ptr<TillPrompts> m_ownPrompts;
    TillPrompts* m_prompts;
    IdleLock* m_idle;
    // A few seconds without input (the cashier between customers): the WAL is checkpointed then.
    IdleLock* m_checkpointIdle;
    ElidedLabel* m_statusStore;
    QLabel* m_statusUser;
    QLabel* m_statusShift;
    QLabel* m_statusPrinter;
    TillSync* m_sync;
    // Makes scheduled price changes take effect at their moment while the till runs.
    PriceScheduleTimer* m_priceTimer = nullptr;
    SyncIndicator* m_statusSync;
    ClockDriftIndicator* m_statusClock;
    QPointer<QMessageBox> m_clockNotice;
    // The cashier chose "send now" on closing: the window closes after the next finished cycle.
    bool m_closeWhenSent = false;
    qint64 m_cyclesBeforeClose = 0;
    QPointer<BackOfficeWindow> m_backOffice;
    QStringList m_scannerProblems;
};

} // namespace patron::ui
