#include "backoffice/BackupPage.h"

#include "sync/Outbox.h"

#include "backoffice/FileChooser.h"
#include "backoffice/PassphrasePrompt.h"
#include "common/Dialogs.h"
#include "store/Store.h"

#include <QDate>
#include <QDateTime>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace patron::ui {

BackupPage::BackupPage(Store& store, const Outbox& outbox, Session actor, bool joined, Dialogs& dialogs, FileChooser& files,
                       QWidget* parent)
    : QWidget(parent), m_store(store), m_outbox(outbox), m_actor(std::move(actor)), m_joined(joined), m_dialogs(dialogs), m_files(files),
      m_ownPrompt(std::make_unique<QtPassphrasePrompt>()), m_prompt(m_ownPrompt.get())
{
    setObjectName(QStringLiteral("backupPage"));
    m_start = new QPushButton(tr("Back up now…"), this);
    m_start->setObjectName(QStringLiteral("backUpNow"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);  // no percentage to give: an indicator that work is going on
    m_busy->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* restore = new QLabel(this);
    restore->setObjectName(QStringLiteral("restoreHelp"));
    restore->setWordWrap(true);
    restore->setTextInteractionFlags(Qt::TextSelectableByMouse);
    restore->setText(tr("<h3>Restoring a backup</h3>"
                        "<p>An administrator chooses a backup and types its recovery passphrase. The backup "
                        "is checked before anything is touched; then the till closes the store, keeps it "
                        "beside the restored one as a safety copy (the three newest are kept), and opens the restored store. Receipt "
                        "numbers continue in a new epoch, so none is used twice.</p>"
                        "<p>When the till cannot start, <code>patron-cli restore FILE</code> does the same "
                        "while Patron is closed.</p>"));
    m_restore = new QPushButton(tr("Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restore"));
    auto* intro = new QLabel(tr("A backup holds the encrypted store and its wrapped key: it opens on "
                                "another PC with the recovery passphrase alone. Keep copies away from "
                                "this PC."), this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);  // one line would make the window wider than a shop's screen
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addSpacing(24);
    layout->addWidget(restore);
    layout->addWidget(m_restore, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_start, &QPushButton::clicked, this, &BackupPage::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupPage::restore);
}

BackupPage::~BackupPage()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupPage::isRunning() const { return m_thread && m_thread->isRunning(); }

void BackupPage::backUpNow()
{
    if (isRunning())
        return;
    const QString suggested = QStringLiteral("patron-%1-%2.ptrnbak")
                                  .arg(m_store.identity().storeCode, QDate::currentDate().toString(Qt::ISODate));
    const QString file = m_files.saveFile(this, tr("Back up the store"), suggested, tr("Patron backups (*.ptrnbak)"));
    if (file.isEmpty())
        return;
    delete m_thread;
    m_start->setEnabled(false);
    m_restore->setEnabled(false);
    m_busy->show();
    m_result->setText(tr("Backing up to %1…").arg(file));
    // backupStore exports through the till's own connection (it needs the live key and
    // schema). SQLite serialises calls on one connection across threads; the back office
    // starts nothing else on it while the button is disabled.
    m_thread = QThread::create([this, file] {
        Result<BackupInfo> result = backupStore(m_store, file);
        QMetaObject::invokeMethod(this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void BackupPage::onFinished(const Result<BackupInfo>& result)
{
    m_thread->wait();  // the worker posted this as its last act; let it end before it can be reused
    m_busy->hide();
    m_start->setEnabled(true);
    m_restore->setEnabled(true);
    if (!result) {
        m_result->setText(tr("The backup failed: %1").arg(result.message()));
        m_dialogs.warning(this, tr("Backup"), result.message());
        emit backupFinished(false);
        return;
    }
    m_result->setText(tr("Backup written and verified: %1\n%2 bytes\nSHA-256 %3")
                          .arg(result->file, QLocale().toString(result->bytes), result->sha256));
    emit backupFinished(true);
}

void BackupPage::restore()
{
    const QString title = tr("Restore a backup");
    // Restoring replaces every sale, member and setting: only an administrator decides that.
    if (m_actor.role != roleName(Role::Admin)) {
        m_dialogs.warning(this, title, tr("Only an administrator may restore a backup."));
        return;
    }
    if (isRunning())
        return;
    // The restored store brings back from head office only what head office holds: events this
    // till has not sent yet would stay behind in the safety copy, never to reach head office.
    if (const qint64 unsent = m_joined ? m_outbox.pendingCount() : 0; unsent > 0) {
        m_dialogs.warning(this, title,
                          tr("%n change(s) made on this till have not reached head office yet; a restore now would "
                             "lose them. Let the till send them first (the status bar says \"safe to shut down\"), "
                             "then restore.",
                             nullptr, int(unsent)));
        return;
    }
    const QString file = m_files.openFile(this, title, tr("Patron backups (*.ptrnbak);;All files (*)"));
    if (file.isEmpty())
        return;
    std::optional<QByteArray> passphrase =
        m_prompt->ask(this, title, tr("The recovery passphrase of the store in this backup:"));
    if (!passphrase)
        return;
    delete m_thread;
    m_start->setEnabled(false);
    m_restore->setEnabled(false);
    m_busy->show();
    m_result->setText(tr("Checking the backup %1…").arg(file));
    // Unpacking and checking a big store takes a while: on a worker, beside the live store (same
    // disk), which stays open and untouched. The worker uses only the backup and its own copy.
    const QString workDir = m_store.paths().dir;
    // The passphrase travels as a SharedSecret: zeroed when the last lambda or queued call holding
    // it is gone (a QByteArray copy left in a finished lambda would be freed unzeroed).
    const SharedSecret secret = makeSecret(*passphrase);
    wipe(*passphrase);
    m_thread = QThread::create([this, file, workDir, secret] {
        Result<BackupSummary> result = inspectBackup(file, secretView(secret), workDir);
        QMetaObject::invokeMethod(
            this, [this, file, secret, result] { onChecked(file, secret, result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void BackupPage::onChecked(const QString& file, const SharedSecret& passphrase, const Result<BackupSummary>& summary)
{
    m_thread->wait();  // the worker posted this as its last act; let it end before it can be reused
    m_busy->hide();
    m_start->setEnabled(true);
    m_restore->setEnabled(true);
    m_result->clear();
    const QString title = tr("Restore a backup");
    if (!summary) {
        m_dialogs.warning(this, title, tr("This backup cannot be restored: %1").arg(summary.message()));
        return;
    }
    const QString lastSale = QDateTime::fromString(summary->lastSaleAt, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString contents = summary->sales == 0
                                 ? tr("The backup of %1 (%2 · %3) holds no sales.")
                                       .arg(summary->storeName, summary->storeCode, summary->tillCode)
                                 : tr("The backup of %1 (%2 · %3) holds %n sale(s), the last at %4.", nullptr, int(summary->sales))
                                       .arg(summary->storeName, summary->storeCode, summary->tillCode, lastSale);
    const QString loses = m_joined ? tr("Sales made on this till after the backup are fetched again from head office "
                                        "before the till sells.")
                                   : tr("Sales, members and changes made after the backup are LOST: this till is not "
                                        "joined to head office, so nothing brings them back.");
    const QString text = contents + u"\n\n" + loses + u"\n\n"
                         + tr("The till closes the store now, keeps it beside the restored one as a safety copy "
                              "(the three newest are kept), and opens the restored store; everyone signs in again. Restore?");
    if (m_dialogs.confirm(this, title, text))
        emit restoreRequested(file, passphrase);
}

} // namespace patron::ui
