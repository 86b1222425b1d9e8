#include "backoffice/MemberCsvRunner.h"

#include "auth/AuditLog.h"
#include "backoffice/MemberCsvExport.h"
#include "catalog/Pinyin.h"
#include "members/MembersModule.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace patron::ui {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MemberCsvTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::MemberCsvRunner)
};

namespace {
// A connection of the worker's own, configured like the till's.
Result<Database> openConnection(Store& store)
{
    Database::Options options;
    auto db = Database::open(store.paths().db, store.dataKey(), options);
    if (!db)
        return db.error();
    auto configured = guarded([&] { db->configureForUse(); });
    if (!configured)
        return configured.error();
    return db;
}
} // namespace

MemberCsvRunner::MemberCsvRunner(Store& store, const Clock& clock, Session actor, QObject* parent)
    : QObject(parent), m_store(store), m_clock(clock), m_actor(std::move(actor))
{
    qRegisterMetaType<patron::ui::MemberCsvOutcome>();
}

MemberCsvRunner::~MemberCsvRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool MemberCsvRunner::launch(std::function<MemberCsvOutcome()> job)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this, job = std::move(job)] {
        const MemberCsvOutcome outcome = job();
        // Delivered on the runner's (UI) thread once the worker has ended, so isRunning() is false
        // for whoever handles finished().
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_thread->wait();
                emit finished(outcome);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

bool MemberCsvRunner::startImport(QByteArray fileBytes, bool skipBadRows)
{
    return launch([this, bytes = std::move(fileBytes), skipBadRows] { return runImport(bytes, skipBadRows); });
}

bool MemberCsvRunner::startExport(const QString& path)
{
    return launch([this, path] { return runExport(path); });
}

bool MemberCsvRunner::report(qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    return !m_cancel.load();
}

MemberCsvOutcome MemberCsvRunner::runImport(const QByteArray& bytes, bool skipBadRows)
{
    MemberCsvOutcome outcome;
    auto db = openConnection(m_store);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    AuditLog audit(*db, m_clock);
    Outbox outbox(*db, m_store.identity().storeCode, m_store.identity().tillCode, m_clock);
    MembersModule members(*db, m_clock, audit, outbox, m_store.identity().storeCode,
                          [](const QString& name) { return pinyinInitials(name, 8); });
    MemberImport importer(*db, m_clock, members.members());
    auto result = importer.run(m_actor, bytes, skipBadRows,
                               [this](int done, int total) { return report(done, total); });
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.cancelled = result->cancelled;
    outcome.ok = !result->cancelled;
    outcome.report = *result;
    return outcome;
}

MemberCsvOutcome MemberCsvRunner::runExport(const QString& path)
{
    MemberCsvOutcome outcome;
    outcome.file = path;
    if (!m_actor.can(perm::ReportsView)) {
        outcome.error = {ErrorCode::PermissionDenied, MemberCsvTr::tr("%1 may not export members.").arg(m_actor.userName)};
        return outcome;
    }
    auto db = openConnection(m_store);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = {ErrorCode::ReadOnly, MemberCsvTr::tr("Cannot write %1: %2").arg(path, file.errorString())};
        return outcome;
    }
    MemberRepository repository(*db, m_clock);
    auto written = MemberCsvExport(*db, repository).write(file, [this](qint64 done, qint64 total) { return report(done, total); });
    if (!written || m_cancel.load()) {
        file.cancelWriting();  // nothing replaces the target
        outcome.cancelled = m_cancel.load();
        if (!outcome.cancelled)
            outcome.error = written.error();
        return outcome;
    }
    if (!file.commit()) {
        outcome.error = {ErrorCode::IoError, MemberCsvTr::tr("Cannot write %1: %2").arg(path, file.errorString())};
        return outcome;
    }
    outcome.ok = true;
    outcome.exported = *written;
    return outcome;
}

} // namespace patron::ui
