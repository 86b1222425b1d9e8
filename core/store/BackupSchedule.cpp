#include "store/BackupSchedule.h"

#include "auth/AuditLog.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct BackupScheduleTr {
    Q_DECLARE_TR_FUNCTIONS(patron::BackupSchedule)
};

namespace {
const QString kEnabled = QStringLiteral("backup.schedule.enabled");
const QString kTime = QStringLiteral("backup.schedule.time");
const QString kFolder = QStringLiteral("backup.schedule.folder");
const QString kKeep = QStringLiteral("backup.schedule.keep");
const QString kSince = QStringLiteral("backup.schedule.since_ms");
const QString kLastAt = QStringLiteral("backup.last.at_ms");
const QString kLastOk = QStringLiteral("backup.last.ok");
const QString kLastFile = QStringLiteral("backup.last.file");
const QString kLastMessage = QStringLiteral("backup.last.message");
constexpr int kMaxKeep = 365;

// Settings values are NOT NULL; an empty value is stored as "" (a null QString binds NULL).
QString orEmpty(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
} // namespace

BackupSchedule::BackupSchedule(Database& db, AuditLog& audit, const Clock& clock)
    : m_db(db), m_settings(db, clock), m_audit(audit), m_clock(clock)
{
}

QString BackupSchedule::fileNameFor(const QString& storeCode, const QDateTime& at)
{
    return QStringLiteral("patron-%1-auto-%2.ptrnbak").arg(storeCode, at.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

BackupScheduleConfig BackupSchedule::config() const
{
    BackupScheduleConfig c;
    c.enabled = m_settings.integer(kEnabled, 0) != 0;
    const QTime t = QTime::fromString(m_settings.text(kTime), QStringLiteral("HH:mm"));
    if (t.isValid())
        c.dailyAt = t;
    c.folder = m_settings.text(kFolder);
    c.keep = int(qBound<qint64>(1, m_settings.integer(kKeep, c.keep), qint64(kMaxKeep)));
    return c;
}

Result<void> BackupSchedule::save(const Session& actor, const BackupScheduleConfig& c)
{
    if (!actor.can(perm::BackupRun))
        return makeError(ErrorCode::PermissionDenied,
                         BackupScheduleTr::tr("%1 may not change the backup schedule.").arg(actor.userName));
    if (!c.dailyAt.isValid())
        return makeError(ErrorCode::InvalidInput, BackupScheduleTr::tr("Choose the time of day for the backup."));
    if (c.keep < 1 || c.keep > kMaxKeep)
        return makeError(ErrorCode::InvalidInput,
                         BackupScheduleTr::tr("Keep between 1 and %1 automatic backups.").arg(kMaxKeep));
    if (c.enabled) {
        const QFileInfo folder(c.folder);
        if (c.folder.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, BackupScheduleTr::tr("Choose the folder the backups go to."));
        if (!folder.isDir())
            return makeError(ErrorCode::NotFound, BackupScheduleTr::tr("The folder %1 does not exist.").arg(c.folder));
        if (!folder.isWritable())
            return makeError(ErrorCode::ReadOnly, BackupScheduleTr::tr("The folder %1 cannot be written to.").arg(c.folder));
    }
    return guarded([&] {
        Transaction tx(m_db);
        m_settings.setInteger(kEnabled, c.enabled ? 1 : 0);
        m_settings.set(kTime, c.dailyAt.toString(QStringLiteral("HH:mm")));
        m_settings.set(kFolder, orEmpty(c.folder.trimmed()));
        m_settings.setInteger(kKeep, c.keep);
        m_settings.setInteger(kSince, m_clock.nowMs());
        m_audit.append(actor.userName, QStringLiteral("backup.schedule"), c.folder.trimmed(),
                       {{QStringLiteral("enabled"), c.enabled},
                        {QStringLiteral("time"), c.dailyAt.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("keep"), c.keep}});
        tx.commit();
    });
}

QDateTime BackupSchedule::latestSlot() const
{
    const QDateTime now = m_clock.now();
    QDateTime slot(now.date(), config().dailyAt, now.timeZone());
    if (slot > now)
        slot = slot.addDays(-1);
    return slot;
}

bool BackupSchedule::isDue() const
{
    const BackupScheduleConfig c = config();
    if (!c.enabled)
        return false;
    const qint64 since = qMax(m_settings.integer(kSince, 0), m_settings.integer(kLastAt, 0));
    return latestSlot().toMSecsSinceEpoch() > since;
}

std::optional<BackupRunRecord> BackupSchedule::lastRun() const
{
    const qint64 at = m_settings.integer(kLastAt, 0);
    if (at == 0)
        return std::nullopt;
    BackupRunRecord r;
    r.at = QDateTime::fromMSecsSinceEpoch(at, m_clock.now().timeZone());
    r.ok = m_settings.integer(kLastOk, 0) != 0;
    r.file = m_settings.text(kLastFile);
    r.message = m_settings.text(kLastMessage);
    return r;
}

BackupRunOutcome BackupSchedule::perform(Store& store, Database& connection, const BackupScheduleConfig& config,
                                         const QDateTime& now)
{
    BackupRunOutcome out;
    out.at = now;
    const QDir folder(config.folder);
    if (config.folder.isEmpty() || !folder.exists()) {
        out.backup = Error{ErrorCode::NotFound, BackupScheduleTr::tr("The backup folder %1 is not there (a USB disk "
                                                                     "that is not plugged in?).").arg(config.folder)};
        return out;
    }
    const QString prefix = QStringLiteral("patron-%1-auto-").arg(store.identity().storeCode);
    out.backup = backupStore(store, connection, folder.filePath(fileNameFor(store.identity().storeCode, now)));
    if (!out.backup)
        return out;  // a failed run prunes nothing: the older backups are all there is
    // Names sort by time; only this store's automatic backups are counted, never manual ones.
    QStringList autos = folder.entryList({prefix + QStringLiteral("*.ptrnbak")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = config.keep; i < autos.size(); ++i) {
        if (QFile::remove(folder.filePath(autos[i])))
            out.pruned << autos[i];
    }
    return out;
}

Result<void> BackupSchedule::record(const QString& user, const BackupRunOutcome& outcome)
{
    return guarded([&] {
        Transaction tx(m_db);
        const bool ok = outcome.backup.ok();
        const QString message = ok
            ? BackupScheduleTr::tr("Backup written and verified: %1 (%2 bytes); %n older backup(s) deleted.", "",
                                   int(outcome.pruned.size()))
                  .arg(outcome.backup->file)
                  .arg(outcome.backup->bytes)
            : outcome.backup.message();
        m_settings.setInteger(kLastAt, outcome.at.toMSecsSinceEpoch());
        m_settings.setInteger(kLastOk, ok ? 1 : 0);
        m_settings.set(kLastFile, ok ? outcome.backup->file : QStringLiteral(""));
        m_settings.set(kLastMessage, orEmpty(message));
        QJsonObject details{{QStringLiteral("ok"), ok}};
        if (ok) {
            details.insert(QStringLiteral("sha256"), outcome.backup->sha256);
            details.insert(QStringLiteral("bytes"), outcome.backup->bytes);
            details.insert(QStringLiteral("pruned"), QJsonArray::fromStringList(outcome.pruned));
        } else {
            details.insert(QStringLiteral("error"), errorCodeName(outcome.backup.code()));
            details.insert(QStringLiteral("message"), message);
        }
        m_audit.append(user, ok ? QStringLiteral("backup.scheduled") : QStringLiteral("backup.scheduled_failed"),
                       ok ? outcome.backup->file : QStringLiteral(""), details);
        tx.commit();
    });
}

} // namespace patron
