#include "backoffice/BackupPage.h"

#include "backoffice/FileChooser.h"
#include "common/Dialogs.h"
#include "store/Store.h"

#include <QDate>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace patron::ui {

BackupPage::BackupPage(Store& store, Dialogs& dialogs, FileChooser& files, QWidget* parent)
    : QWidget(parent), m_store(store), m_dialogs(dialogs), m_files(files)
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
                        "<p>The running till keeps the store open, so a backup is restored while Patron is "
                        "closed. Close the till, then run:</p>"
                        "<pre>patron-cli restore FILE</pre>"
                        "<p>It asks for the store's recovery passphrase, checks the backup before touching "
                        "anything, and starts a new receipt-number epoch so no receipt number is used twice. "
                        "A till joined to head office fetches its own newer events again before it sells.</p>"));
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
    layout->addStretch();
    connect(m_start, &QPushButton::clicked, this, &BackupPage::backUpNow);
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
    m_busy->hide();
    m_start->setEnabled(true);
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

} // namespace patron::ui
