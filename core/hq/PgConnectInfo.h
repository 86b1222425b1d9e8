#pragma once
// Where and how to reach head office: a libpq connection string plus the TLS settings a shop
// must be able to set (sslmode up to verify-full, the CA that signed head office's certificate,
// an optional client certificate). The password travels inside the DSN and is never printed.

#include <QString>

#include <utility>
#include <vector>

namespace patron {

struct PgConnectInfo {
    QString dsn;          // "host=… port=… dbname=… user=… password=…" or a postgresql:// URI
    QString sslmode;      // "" = whatever the DSN says (libpq default: prefer)
    QString sslrootcert;  // CA file for verify-ca / verify-full
    QString sslcert;      // client certificate (optional)
    QString sslkey;       // client key (optional)
    int connectTimeoutSec = 10;
    QString applicationName = QStringLiteral("patron");

    // Keyword/value pairs for PQconnectdbParams; the DSN comes first so explicit options win.
    std::vector<std::pair<QByteArray, QByteArray>> keywords() const;
    // The DSN with any password replaced by "********", for status output and logs.
    QString redactedDsn() const;
};

// Whether sslmode is one libpq knows.
bool isValidSslMode(const QString& mode);

} // namespace patron
