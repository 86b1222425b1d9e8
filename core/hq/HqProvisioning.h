#pragma once
// Registers stores and tills at head office. Each till gets its own PostgreSQL login role with a
// random password, shown once for provisioning the till; revoking a till disables its role.

#include "common/Result.h"

#include <QJsonArray>
#include <QString>

namespace patron {

class PgConnection;

struct HqTillCredentials {
    QString storeCode;
    QString tillCode;
    QString role;
    QString password;  // shown once; head office keeps only its SCRAM verifier
    QString dsn;       // what `sync configure --dsn` on the till takes
};

class HqProvisioning {
public:
    explicit HqProvisioning(PgConnection& conn) : m_conn(conn) {}

    Result<void> addStore(const QString& code, const QString& name);
    // publicHost: the name tills use to reach head office, when it differs from this connection's.
    Result<HqTillCredentials> addTill(const QString& storeCode, const QString& tillCode,
                                      const QString& publicHost = {});
    Result<void> revokeTill(const QString& storeCode, const QString& tillCode);
    Result<QJsonArray> stores();
    Result<QJsonArray> tills();

private:
    PgConnection& m_conn;
};

// A value for a libpq keyword/value connection string, quoted when it needs to be.
QString quoteDsnValue(const QString& value);

} // namespace patron
