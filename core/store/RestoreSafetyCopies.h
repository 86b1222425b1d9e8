#pragma once

#include <QString>
#include <QStringList>

namespace patron {

// The stores a restore replaced, kept beside the live one as `patron.db.before-restore-<stamp>`
// with the vault that opens them (`patron.vault.before-restore-<stamp>`), so that restoring the
// wrong backup can be undone. Each is as big as the store (gigabytes on a busy till), so only the
// newest few are kept: a till restored again and again must not fill its disk with them.
class RestoreSafetyCopies
{
public:
    static constexpr int kKept = 3;

    RestoreSafetyCopies(QString dbPath, QString vaultPath);

    // The name a copy made now gets, from its time stamp (yyyyMMdd-HHmmss).
    QString dbCopyFor(const QString& stamp) const;
    QString vaultCopyFor(const QString& stamp) const;

    // The stamps of the copies present, oldest first (the stamp sorts as the time).
    QStringList stamps() const;

    // Deletes all but `keep` copies (database, its -wal/-shm if any, and vault): the one stamped
    // `current`, which is never deleted even when a clock set back makes it sort first, and the
    // newest others. Returns the stamps whose database is gone (a file that could not be
    // deleted is not claimed).
    QStringList keepNewest(const QString& current, int keep = kKept) const;

private:
    QString m_dbPath;
    QString m_vaultPath;
};

} // namespace patron
