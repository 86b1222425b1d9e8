#pragma once
// HeadOfficeSettings: the head-office connection as a shop manager fills it in (host, port,
// database, the till's role and its password, TLS) turned into SyncConfig's libpq connection
// string and back. The password lives only in that string, which SyncConfig keeps in the
// encrypted store (never in the plain INI file); the page never shows it again.

#include "auth/UserService.h"
#include "common/Result.h"
#include "hq/PgConnectInfo.h"

#include <QString>

#include <optional>

namespace patron {
class AuditLog;
class Database;
class StoreSettings;
}

namespace patron::ui {

struct HeadOfficeFields {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;  // empty on save: keep the stored one
    QString sslmode = QStringLiteral("verify-full");
    QString sslrootcert;
    QString sslcert;
    QString sslkey;
};

class HeadOfficeSettings {
public:
    HeadOfficeSettings(Database& db, StoreSettings& settings, AuditLog& audit)
        : m_db(db), m_settings(settings), m_audit(audit) {}

    // The stored connection without its password; empty when not joined.
    std::optional<HeadOfficeFields> load() const;
    bool hasStoredPassword() const;
    // The connection the fields describe (the stored password when none is typed).
    Result<PgConnectInfo> connectInfo(const HeadOfficeFields& fields) const;
    // Joins (stores the connection) or leaves; one transaction with an audit record.
    Result<void> join(const Session& actor, const HeadOfficeFields& fields);
    Result<void> leave(const Session& actor);

    // libpq keyword/value text: values quoted when they need it.
    static QString composeDsn(const HeadOfficeFields& fields);
    static HeadOfficeFields parseDsn(const QString& dsn);

private:
    Database& m_db;
    StoreSettings& m_settings;
    AuditLog& m_audit;
};

} // namespace patron::ui
