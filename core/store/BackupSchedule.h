#pragma once
// BackupSchedule: the daily automatic backup: when it is due, the file work (a verified backup
// into the chosen folder, then pruning the oldest automatic backups beyond "keep"), and the
// record of each run (settings for the back office, the audit log). Time comes from a Clock; a
// run missed while the till was closed is due as soon as it opens.

#include "common/Result.h"
#include "store/Backup.h"
#include "store/StoreSettings.h"

#include <QDateTime>
#include <QStringList>
#include <QTime>

#include <optional>

namespace patron {

class AuditLog;
class Clock;
class Database;
class Store;
struct Session;

struct BackupScheduleConfig {
    bool enabled = false;
    QTime dailyAt = QTime(21, 30);  // after closing in most shops; the till must be open to run it
    QString folder;
    int keep = 14;                  // automatic backups kept; older ones are deleted
};

struct BackupRunOutcome {
    QDateTime at;
    Result<BackupInfo> backup = Error{ErrorCode::Internal, QString()};
    QStringList pruned;  // files deleted after a good backup
};

// The last run as recorded, for the back office.
struct BackupRunRecord {
    QDateTime at;
    bool ok = false;
    QString file;
    QString message;  // translated: the error, or what was written
};

class BackupSchedule {
public:
    // `db` is the store's own connection (settings and audit are written there).
    BackupSchedule(Database& db, AuditLog& audit, const Clock& clock);

    BackupScheduleConfig config() const;
    // Validates, stores and audits (one transaction). A schedule saved now first runs at its next
    // daily time, not at once.
    Result<void> save(const Session& actor, const BackupScheduleConfig& config);  // needs backup.run

    // Enabled, and no run since the most recent daily time (nor since the schedule was saved).
    bool isDue() const;
    // The latest daily time at or before now.
    QDateTime latestSlot() const;
    std::optional<BackupRunRecord> lastRun() const;

    // The file work, on any thread: touches no settings, only `connection` (a connection of its
    // own for a worker thread) and the folder.
    static BackupRunOutcome perform(Store& store, Database& connection, const BackupScheduleConfig& config,
                                    const QDateTime& now);
    // Records a run (settings + audit, one transaction) on the store's own connection.
    Result<void> record(const QString& user, const BackupRunOutcome& outcome);

    // "patron-SH01-auto-20261122-2130.ptrnbak": sorts by time; only these are ever pruned.
    static QString fileNameFor(const QString& storeCode, const QDateTime& at);

private:
    Database& m_db;
    StoreSettings m_settings;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace patron
