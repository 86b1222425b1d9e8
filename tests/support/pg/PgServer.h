#pragma once
// A throwaway PostgreSQL for sync tests: initdb into a fresh directory under the system temp
// directory, a free loopback port, its unix socket in that directory, TLS with a CA and server
// certificate made by openssl, password (SCRAM) login over TLS only. One server per test
// process, started on first use and stopped at exit; run as the postgres user when we are root.
// A test binary that uses it runs as one process under ctest (patron_add_test ONE_PROCESS), so
// the whole suite shares one server and each case gets its own database.

#include "hq/PgConnectInfo.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace patron::test {

class PgServer {
public:
    // The process-wide server; started on first call. FAILs the current test if it cannot start.
    static PgServer& shared();
    ~PgServer();

    bool running() const { return m_running; }
    int port() const { return m_port; }
    QString caFile() const;
    QString dir() const { return m_dir->path(); }
    QString lastLog() const;

    // Fault injection: stop (immediately, like a crash or power cut) and start again.
    bool stop(bool immediate = true);
    bool start();

    // A new database owned by the head-office administrator role (not a superuser): empty, or
    // a copy of `fromTemplate` (which nobody may be connected to).
    QString createDatabase(const QString& fromTemplate = {});
    void dropDatabase(const QString& name);

    // How the head-office administrator reaches a database: TCP on 127.0.0.1, verify-full.
    PgConnectInfo adminInfo(const QString& database) const;
    // TLS settings a till uses, around a DSN from provisioning.
    PgConnectInfo tillInfo(const QString& dsn) const;
    static QString adminUser() { return QStringLiteral("hq_admin"); }

private:
    PgServer() = default;
    bool initialize();
    bool makeCertificates();
    bool runAsServerUser(const QString& program, const QStringList& args, QString* output = nullptr);
    bool superuserExec(const QString& sql, const QString& database = QStringLiteral("postgres"));

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_adminPassword;
    int m_nextDb = 0;
};

// A database for one test case, dropped when the case ends: empty, or a copy of a template
// (PgServer::createDatabase), which is much cheaper than building the same schema again.
class PgTestDb {
public:
    explicit PgTestDb(const QString& fromTemplate = {});
    ~PgTestDb();
    PgTestDb(const PgTestDb&) = delete;
    PgTestDb& operator=(const PgTestDb&) = delete;

    const QString& name() const { return m_name; }
    PgConnectInfo admin() const { return m_server->adminInfo(m_name); }
    PgServer& server() const { return *m_server; }

private:
    PgServer* m_server;
    QString m_name;
};

} // namespace patron::test
