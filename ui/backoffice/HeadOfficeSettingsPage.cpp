#include "backoffice/HeadOfficeSettingsPage.h"

#include "backoffice/FileChooser.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "hq/PgConnection.h"
#include "shell/ClockDriftIndicator.h"
#include "store/Database.h"
#include "sync/Outbox.h"
#include "sync/SyncState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace patron::ui {

HeadOfficeSettingsPage::HeadOfficeSettingsPage(Database& db, StoreSettings& settings, AuditLog& audit, Outbox& outbox,
                                               const Clock& clock, Session actor, Dialogs& dialogs, FileChooser& files,
                                               QWidget* parent)
    : QWidget(parent), m_db(db), m_settings(db, settings, audit), m_outbox(outbox), m_clock(clock),
      m_actor(std::move(actor)), m_dialogs(dialogs), m_files(files)
{
    setObjectName(QStringLiteral("headOfficePage"));
    auto edit = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_host = edit("host");
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = edit("database");
    m_user = edit("user");
    m_password = edit("password");
    m_password->setEchoMode(QLineEdit::Password);
    m_sslmode = new QComboBox(this);
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    m_sslmode->addItem(tr("Verify the server and its name (verify-full)"), QStringLiteral("verify-full"));
    m_sslmode->addItem(tr("Verify the server's certificate (verify-ca)"), QStringLiteral("verify-ca"));
    m_sslmode->addItem(tr("Encrypt, do not verify (require)"), QStringLiteral("require"));
    m_sslmode->addItem(tr("No encryption (disable; test networks only)"), QStringLiteral("disable"));
    m_rootCert = edit("rootCert");
    m_cert = edit("cert");
    m_key = edit("key");
    auto withPicker = [this](QLineEdit* target, const QString& title) {
        auto* row = new QHBoxLayout;
        auto* browse = new QPushButton(tr("Choose…"), this);
        row->addWidget(target, 1);
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, target, title] { pick(target, title); });
        return row;
    };
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("test"));
    auto* joinButton = new QPushButton(tr("Save and join"), this);
    joinButton->setObjectName(QStringLiteral("join"));
    m_leave = new QPushButton(tr("Leave head office"), this);
    m_leave->setObjectName(QStringLiteral("leave"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("Till user"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Security"), m_sslmode);
    form->addRow(tr("Head office's CA certificate"), withPicker(m_rootCert, tr("CA certificate")));
    form->addRow(tr("Client certificate"), withPicker(m_cert, tr("Client certificate")));
    form->addRow(tr("Client key"), withPicker(m_key, tr("Client key")));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(joinButton);
    buttons->addWidget(m_leave);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_testResult);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_test, &QPushButton::clicked, this, &HeadOfficeSettingsPage::testConnection);
    connect(joinButton, &QPushButton::clicked, this, &HeadOfficeSettingsPage::join);
    connect(m_leave, &QPushButton::clicked, this, &HeadOfficeSettingsPage::leave);

    if (const auto loaded = guarded([&] { return m_settings.load(); }); loaded && *loaded)
        fillFields(**loaded);
    refreshStatus();
}

HeadOfficeSettingsPage::~HeadOfficeSettingsPage()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

HeadOfficeFields HeadOfficeSettingsPage::fields() const
{
    HeadOfficeFields f;
    f.host = m_host->text();
    f.port = m_port->value();
    f.database = m_database->text();
    f.user = m_user->text();
    f.password = m_password->text();
    f.sslmode = m_sslmode->currentData().toString();
    f.sslrootcert = m_rootCert->text();
    f.sslcert = m_cert->text();
    f.sslkey = m_key->text();
    return f;
}

void HeadOfficeSettingsPage::fillFields(const HeadOfficeFields& f)
{
    m_host->setText(f.host);
    m_port->setValue(f.port > 0 ? f.port : 5432);
    m_database->setText(f.database);
    m_user->setText(f.user);
    m_password->clear();
    const int mode = m_sslmode->findData(f.sslmode);
    if (mode >= 0)
        m_sslmode->setCurrentIndex(mode);
    m_rootCert->setText(f.sslrootcert);
    m_cert->setText(f.sslcert);
    m_key->setText(f.sslkey);
}

void HeadOfficeSettingsPage::pick(QLineEdit* target, const QString& title)
{
    const QString file = m_files.openFile(this, title, tr("Certificates and keys (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty())
        target->setText(file);
}

void HeadOfficeSettingsPage::refreshStatus()
{
    const auto loaded = guarded([&] { return m_settings.load().has_value(); });
    const bool joined = loaded && *loaded;
    m_leave->setEnabled(joined);
    m_password->setPlaceholderText(joined && m_settings.hasStoredPassword() ? tr("(stored; type to change)") : QString());
    m_state->setText(joined ? tr("This till is joined to head office.") : tr("This till runs standalone."));
    if (!joined) {
        m_status->clear();
        return;
    }
    const auto status = guarded([&] { return SyncState(m_db, m_clock).status(m_outbox.pendingCount(), true); });
    if (!status) {
        m_status->setText(status.message());
        return;
    }
    QStringList lines;
    lines << (status->lastSuccessAt.isEmpty() ? tr("No sync has succeeded yet.")
                                              : tr("Last successful sync: %1").arg(status->lastSuccessAt));
    if (!status->lastError.isEmpty())
        lines << tr("Last attempt %1 failed: %2").arg(status->lastAttemptAt, status->lastError);
    lines << tr("%n event(s) waiting to be sent.", "", int(status->pendingEvents));
    if (status->driftWarning && status->driftMs)
        lines << tr("%1: set the PC's date and time.").arg(ClockDriftIndicator::describeDrift(*status->driftMs));
    m_status->setText(lines.join(u'\n'));
}

void HeadOfficeSettingsPage::testConnection()
{
    if (m_thread)
        return;
    const auto info = m_settings.connectInfo(fields());
    if (!info) {
        onTested(false, info.message());
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    // libpq blocks for up to the connect timeout: never on the till's thread.
    const PgConnectInfo copy = *info;
    m_thread = QThread::create([this, copy] {
        auto connection = PgConnection::connect(copy);
        const bool ok = connection.ok();
        const QString message = ok ? tr("Connected to head office.") : connection.message();
        QMetaObject::invokeMethod(this, [this, ok, message] { onTested(ok, message); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void HeadOfficeSettingsPage::onTested(bool ok, const QString& message)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_test->setEnabled(true);
    m_testResult->setProperty("role", ok ? QString() : QStringLiteral("error"));
    m_testResult->setText(ok ? message : tr("The connection failed: %1").arg(message));
    emit testFinished(ok, message);
}

bool HeadOfficeSettingsPage::join()
{
    const auto joined = m_settings.join(m_actor, fields());
    if (!joined) {
        m_dialogs.warning(this, tr("Head office"), joined.message());
        return false;
    }
    m_password->clear();
    refreshStatus();
    emit connectionChanged(true);
    m_dialogs.information(this, tr("Head office"),
                          tr("Saved. The till now syncs with head office: products, prices, promotions and loyalty "
                             "rules come from head office and are read-only here from the next time the back "
                             "office opens."));
    return true;
}

bool HeadOfficeSettingsPage::leave()
{
    if (!m_dialogs.confirm(this, tr("Head office"),
                           tr("Leave head office? Sales stay on this till and are not sent any more until it joins again.")))
        return false;
    const auto left = m_settings.leave(m_actor);
    if (!left) {
        m_dialogs.warning(this, tr("Head office"), left.message());
        return false;
    }
    refreshStatus();
    emit connectionChanged(false);
    return true;
}

} // namespace patron::ui
