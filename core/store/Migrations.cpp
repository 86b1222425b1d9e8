#include "store/Migrations.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Store)
};

int schemaVersion(Database& db) { return int(db.queryInt64("PRAGMA user_version").value_or(0)); }

static int latestOf(const std::vector<Migration>& migrations)
{
    return migrations.empty() ? 0 : migrations.back().version;
}

int latestSchemaVersion() { return latestOf(patronMigrations()); }

Result<void> checkSchemaVersion(Database& db, const std::vector<Migration>& migrations)
{
    return guarded([&]() -> Result<void> {
        const int have = schemaVersion(db);
        const int know = latestOf(migrations);
        if (have > know)
            return makeError(ErrorCode::StoreTooNew,
                             StoreTr::tr("This store was made by a newer version of Patron (schema %1; this "
                                    "program knows up to %2). Install the newer version; the store "
                                    "was not changed.").arg(have).arg(know));
        return {};
    });
}

namespace {

// Foreign keys off for one step, back as they were after its transaction. The pragma does nothing
// inside a transaction, so this must outlive the step's Transaction (declare it first).
class ForeignKeysOff {
public:
    ForeignKeysOff(Database& db, bool wanted)
        : m_db(db), m_restore(wanted && db.queryInt64("PRAGMA foreign_keys").value_or(0) != 0)
    {
        if (m_restore)
            m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        if (!m_restore)
            return;
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (...) {
            // A destructor must not throw; the next open turns them on again.
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
    bool m_restore;
};

} // namespace

Result<void> migrate(Database& db, const std::vector<Migration>& migrations)
{
    PATRON_TRY(checkSchemaVersion(db, migrations));
    return guarded([&] {
        db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        for (const Migration& m : migrations) {
            if (m.version <= schemaVersion(db))
                continue;
            ForeignKeysOff keysOff(db, m.rebuildsReferencedTables);
            Transaction tx(db);
            m.apply(db);
            db.execute("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                       qint64(m.version), m.name,
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            // user_version takes no bound parameters; the number is ours, not user input.
            db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(m.version)).constData());
            tx.commit();
        }
    });
}

} // namespace patron
