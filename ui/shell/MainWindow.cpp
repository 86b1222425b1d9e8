#include "shell/MainWindow.h"

#include "auth/Permissions.h"
#include "backoffice/BackOfficeWindow.h"
#include "catalog/PriceScheduleTimer.h"
#include "common/BusyRun.h"
#include "common/Dialogs.h"
#include "common/SecureBytes.h"
#include "demo/DemoStore.h"
#include "shell/ClockDriftIndicator.h"
#include "shell/ElidedLabel.h"
#include "shell/IdleLock.h"
#include "shell/StoreOpener.h"
#include "shell/SyncIndicator.h"
#include "shell/TillSync.h"
#include "store/BackupRestore.h"
#include "store/BackupScheduler.h"
#include "shell/TillSession.h"
#include "start/FirstRunPage.h"
#include "start/LoginPage.h"
#include "start/UnlockPage.h"
#include "store/TillSettings.h"
#include "till/CheckoutPage.h"
#include "till/QtTillPrompts.h"
#include "till/ScannerConfig.h"
#include "till/TillPrinter.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace patron::ui {

MainWindow::MainWindow(StoreOpener& opener, Dialogs& dialogs, TillSettings& settings, std::shared_ptr<Clock> clock,
                       MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent), m_opener(opener), m_dialogs(dialogs), m_settings(settings), m_clock(std::move(clock)),
      m_options(std::move(options))
{
    setWindowTitle(tr("Patron POS"));
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_firstRun = new FirstRunPage(m_stack);
    m_unlock = new UnlockPage(m_stack);
    m_login = new LoginPage(m_stack);
    for (QWidget* page : {static_cast<QWidget*>(m_firstRun), static_cast<QWidget*>(m_unlock),
                          static_cast<QWidget*>(m_login)})
        m_stack->addWidget(page);

    m_statusStore = new ElidedLabel(this);
    m_statusStore->setObjectName(QStringLiteral("statusStore"));
    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(m_statusStore, 1);
    m_statusShift = new QLabel(this);
    m_statusShift->setObjectName(QStringLiteral("statusShift"));
    m_statusPrinter = new QLabel(this);
    m_statusPrinter->setObjectName(QStringLiteral("statusPrinter"));
    m_sync = new TillSync(this);
    m_statusSync = new SyncIndicator(m_sync->board(), *m_clock, this);
    m_statusClock = new ClockDriftIndicator(m_sync->board(), this);
    connect(m_statusClock, &ClockDriftIndicator::warningStarted, this, &MainWindow::showClockNotice);
    connect(&m_sync->board(), &SyncStatusBoard::statusChanged, this, &MainWindow::closeWhenSent);
    statusBar()->addPermanentWidget(m_statusClock);
    statusBar()->addPermanentWidget(m_statusSync);
    statusBar()->addPermanentWidget(m_statusShift);
    statusBar()->addPermanentWidget(m_statusPrinter);
    statusBar()->addPermanentWidget(m_statusUser);
    m_printer = new TillPrinter(m_settings, this);
    connect(m_printer, &TillPrinter::stateChanged, this, &MainWindow::refreshStatus);
    m_ownPrompts = std::make_unique<QtTillPrompts>();
    m_prompts = m_ownPrompts.get();

    m_idle = new IdleLock(this);
    m_idle->setTimeoutSecs(m_settings.value(QStringLiteral("ui/idleLockSecs"), 300).toInt());
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);
    // Checkpoints wait for a pause in the input (a barcode scanner types too), so the sale or
    // scan that would have crossed SQLite's 1000 frames never copies the WAL itself. Armed while
    // a store is open, signed in or not; it fires once per pause.
    m_checkpointIdle = new IdleLock(this);
    m_checkpointIdle->setObjectName(QStringLiteral("checkpointIdle"));
    m_checkpointIdle->setTimeoutSecs(m_settings.value(QStringLiteral("ui/checkpointIdleSecs"), 2).toInt());
    connect(m_checkpointIdle, &IdleLock::idle, this, [this] {
        // A PASSIVE checkpoint that cannot finish (a reader holds old frames) is retried at the
        // next pause; the automatic checkpoint at 10,000 frames stays as the safety net.
        if (m_session)
            (void)m_session->checkpoint();
    });

    connect(m_firstRun, &FirstRunPage::createRequested, this, &MainWindow::onCreate);
    connect(m_firstRun, &FirstRunPage::demoRequested, this, [this] {
        auto demo = DemoStore::openOrCreate(m_options.demoDir, *m_clock);
        if (!demo) {
            m_firstRun->showError(demo.message());
            return;
        }
        m_options.demo = true;
        adopt(std::move(*demo));
    });
    connect(m_unlock, &UnlockPage::unlockRequested, this, &MainWindow::onUnlock);
    connect(m_login, &LoginPage::loginRequested, this, &MainWindow::onLogin);
    refreshStatus();
}

MainWindow::~MainWindow()
{
    // The sync thread, the price timer and the back office use the session's store: they go before it does.
    m_sync->stop();
    m_backups.reset();
    delete m_priceTimer;
    delete m_backOffice;
}

QWidget* MainWindow::currentPage() const { return m_stack->currentWidget(); }

BackOfficeWindow* MainWindow::backOffice() const { return m_backOffice.data(); }

void MainWindow::start()
{
    if (m_options.demo) {
        auto demo = DemoStore::openOrCreate(m_options.demoDir, *m_clock);
        if (demo) {
            adopt(std::move(*demo));
            return;
        }
        m_dialogs.warning(this, tr("Demo store"), demo.message());
    }
    if (!m_opener.storeExists()) {
        m_stack->setCurrentWidget(m_firstRun);
        return;
    }
    if (m_settings.useKeychain()) {
        auto fromKeychain = m_opener.openFromKeychain();
        if (fromKeychain) {
            adopt(std::move(*fromKeychain));
            return;
        }
        m_unlock->showError(fromKeychain.message());
    }
    m_unlock->setStoreDescription(m_opener.dataDir());
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->setFocus();
}

void MainWindow::onCreate(const NewStoreRequest& request)
{
    auto created = m_opener.create(request.identity, request.passphrase, request.adminPin);
    if (!created) {
        m_firstRun->showError(created.message());
        return;
    }
    m_firstRun->reset();
    adopt(std::move(*created));
}

void MainWindow::onUnlock(const QByteArray& passphrase, bool remember)
{
    auto opened = m_opener.openWithPassphrase(passphrase, remember);
    if (!opened) {
        m_unlock->showError(opened.message());
        return;
    }
    if (remember) {
        m_settings.setUseKeychain(true);
        m_settings.sync();
    }
    m_unlock->reset();
    adopt(std::move(*opened));
}

void MainWindow::closeSession()
{
    m_sync->stop();
    m_backups.reset();
    delete m_priceTimer;  // it uses the old session's schedule
    m_priceTimer = nullptr;
    delete m_backOffice;
    if (m_checkout) {
        m_stack->removeWidget(m_checkout);
        delete m_checkout;  // it holds the old session's services
        m_checkout = nullptr;
    }
    m_session.reset();  // closes the store and lets go of its lock
}

void MainWindow::restoreFromBackup(const QString& file, const SharedSecret& passphrase)
{
    if (!m_session || !m_session->user())
        return;
    const QString actor = m_session->user()->userName;
    // The restore needs the store closed everywhere in this process: the session, the sync
    // worker, the scheduled backup and the back office all go first.
    closeSession();
    // Unpacking, checking and swapping a store of a few GB takes a while: on a worker, with a
    // busy dialog, so the window stays painted. Nothing else holds the store now.
    auto restored = runWithBusyDialog(this, tr("Restoring the backup… Do not switch the PC off."), [&] {
        return restoreAndReopen(m_opener.dataDir(), file, secretView(passphrase), actor, *m_clock, StoreOpenOptions());
    });
    if (!restored) {
        m_dialogs.warning(this, tr("Restore a backup"),
                          tr("%1\nOpen the store again.").arg(restored.message()));
        start();  // keychain or passphrase, as at start-up
        return;
    }
    const QString safety = restored->info.safetyCopy;
    adopt(std::move(restored->store));
    m_dialogs.information(this, tr("Restore a backup"),
                          safety.isEmpty() ? tr("The backup was restored. Sign in again.")
                                           : tr("The backup was restored. The replaced store is kept as %1. Sign in again.")
                                                 .arg(safety));
}

void MainWindow::adopt(std::unique_ptr<Store> store)
{
    closeSession();
    m_session = std::make_unique<TillSession>(std::move(store), m_clock);
    m_checkpointIdle->arm();
    m_checkout = new CheckoutPage(*m_session, *m_prompts, *m_printer, scannerConfig(), m_stack);
    m_stack->addWidget(m_checkout);
    connect(m_checkout, &CheckoutPage::statusChanged, this, &MainWindow::refreshStatus);
    connect(m_checkout, &CheckoutPage::lockRequested, this, &MainWindow::lock);
    connect(m_checkout, &CheckoutPage::backOfficeRequested, this, &MainWindow::openBackOffice);
    m_sync->start(*m_session);
    m_backups = std::make_unique<BackupScheduler>(m_session->store(), m_session->audit(), m_session->clock());
    connect(m_backups.get(), &BackupScheduler::runFinished, this, [this](bool ok, const QString& message) {
        if (!ok)
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(message));
    });
    m_backups->start();
    m_priceTimer = new PriceScheduleTimer(m_session->prices(), *m_clock, this);
    m_priceTimer->setObjectName(QStringLiteral("priceScheduleTimer"));
    m_priceTimer->check();  // a change due while the till was off applies now
    showLogin();
}

void MainWindow::showLogin()
{
    QList<std::pair<QString, QString>> users;
    if (auto list = m_session->users().list())
        for (const User& u : *list)
            if (!u.disabled)
                users.append({u.name, u.displayName});
    m_login->setUsers(users, m_settings.value(QStringLiteral("ui/lastUser")).toString());
    m_login->setStoreDescription(m_session->storeDescription());
    m_login->setHint(m_options.demo ? tr("Demo store: admin 1234, manager zhang 2222, cashier li 0000") : QString());
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
    m_login->setFocus();
    refreshStatus();
}

void MainWindow::onLogin(const QString& user, const QString& pin)
{
    auto session = m_session->users().authenticate(user, pin);
    if (!session) {
        m_login->showError(session.message());
        return;
    }
    m_session->signIn(*session);
    m_settings.setValue(QStringLiteral("ui/lastUser"), user);
    m_stack->setCurrentWidget(m_checkout);
    m_checkout->begin();
    if (!m_scannerProblems.isEmpty())
        m_dialogs.warning(this, tr("Scanner settings"), m_scannerProblems.join(u'\n'));
    m_scannerProblems.clear();
    m_idle->arm();
    refreshStatus();
}

void MainWindow::lock()
{
    // Not while a head-office call waits in its nested event loop: the sale or return waiting
    // for it holds the signed-in cashier. The idle timer runs again and locks after the call.
    if (busyCallRunning()) {
        m_idle->arm();
        return;
    }
    m_idle->disarm();
    // The back office was opened with the signed-in user's rights; they leave with the user.
    delete m_backOffice;
    if (m_session) {
        m_session->signOut();
        showLogin();
    }
}

void MainWindow::refreshStatus()
{
    m_statusStore->setFullText(m_session ? m_session->storeDescription() : tr("No store open"));
    m_statusUser->setText(m_session && m_session->user() ? tr("Signed in: %1").arg(m_session->user()->userName)
                                                         : tr("Not signed in"));
    const auto shift = m_session && m_session->user() ? m_session->shifts().current() : std::nullopt;
    m_statusShift->setText(!m_session || !m_session->user() ? QString()
                           : shift                           ? tr("Shift open (%1)").arg(shift->cashier)
                                                             : tr("No shift open"));
    m_statusPrinter->setText(m_printer->stateText());
    if (m_session)
        m_sync->refresh(*m_session);
}

ScannerConfig MainWindow::scannerConfig()
{
    m_scannerProblems.clear();
    return ScannerConfig::load(m_settings, &m_scannerProblems);
}

void MainWindow::openBackOffice()
{
    if (!m_session || !m_session->user() || !BackOfficeWindow::allowedFor(*m_session->user()))
        return;
    if (!m_backOffice) {
        m_backOffice = new BackOfficeWindow(*m_session, m_dialogs, m_settings);
        m_backOffice->setAttribute(Qt::WA_DeleteOnClose);
        m_backOffice->resize(1200, 800);
        // The scanner and till-keys pages may have changed this till's scanner and the store's
        // keys: the checkout takes them up when the back office closes.
        connect(m_backOffice, &BackOfficeWindow::headOfficeChanged, this, &MainWindow::applyHeadOfficeChange);
        // Queued: the restore deletes the back office, which must not happen inside its own signal.
        connect(m_backOffice, &BackOfficeWindow::restoreRequested, this, &MainWindow::restoreFromBackup,
                Qt::QueuedConnection);
        connect(m_backOffice, &QObject::destroyed, this, [this] {
            if (m_checkout) {
                m_checkout->setScannerConfig(scannerConfig());
                m_checkout->reloadKeyMap();
            }
        });
    }
    m_backOffice->show();
    m_backOffice->raise();
    m_backOffice->activateWindow();
}

void MainWindow::applyHeadOfficeChange()
{
    if (!m_session)
        return;
    // Joined: the sync thread starts on the new connection and stored value is reserved at head
    // office from the next sale; left: both stop. No restart needed: the services that talk to
    // head office read the connection again, the rest never depended on it.
    m_session->headOfficeChanged();
    m_sync->start(*m_session);
}

void MainWindow::showClockNotice(const QString& warning)
{
    const QString text =
        tr("%1.\n\nSales and member changes on this till are stamped with this PC's clock, and head office has "
           "recorded the difference. Ask a manager to correct the PC's date and time; the warning in the status "
           "bar goes away at the next sync after that.")
            .arg(warning);
    if (m_clockNotice) {
        m_clockNotice->setText(text);
        return;
    }
    // Not modal and not activated: a scan in progress keeps the focus, and a scanner's Enter
    // cannot dismiss it unread. It appears once each time the drift goes beyond the limit.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Check this PC's clock"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("clockDriftNotice"));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAttribute(Qt::WA_ShowWithoutActivating);
    m_clockNotice = box;
    box->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const SyncStatus s = m_sync->board().status();
    // Only worth asking when head office answers: offline, "send now" could not send anything.
    if (m_closeWhenSent || !m_session || !m_sync->running() || !s.online || s.pendingEvents == 0) {
        QMainWindow::closeEvent(event);
        return;
    }
    const bool sendFirst = m_dialogs.confirm(
        this, tr("Close the till"),
        tr("%n event(s) have not reached head office yet. Send them now and close when they are sent? Choose No "
           "to close at once.\n\nNothing is lost either way: they are kept safely on this till and are sent "
           "after the next start.",
           nullptr, int(s.pendingEvents)));
    if (!sendFirst) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    m_closeWhenSent = true;
    // A cycle already running may have read the outbox before the last events were written:
    // wait for one that starts after this request.
    m_cyclesBeforeClose = m_sync->cyclesFinished() + (s.syncing ? 1 : 0);
    statusBar()->showMessage(tr("Sending to head office; the till closes when they are sent."));
    m_sync->sendNow();
}

void MainWindow::closeWhenSent()
{
    if (!m_closeWhenSent)
        return;
    const SyncStatus s = m_sync->board().status();
    if (s.syncing)
        return;
    // Everything sent, or a cycle ended after the request (it failed or head office went away):
    // close either way, the outbox keeps what is left.
    if (s.pendingEvents == 0 || m_sync->cyclesFinished() > m_cyclesBeforeClose)
        close();
}

} // namespace patron::ui
