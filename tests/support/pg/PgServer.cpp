#include "pg/PgServer.h"

#include "hq/PgConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <random>

namespace patron::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

// A port below Linux's ephemeral range (32768-60999): a port the kernel picks for us (bind to
// 0) is one any client connection on the machine may take as its own source port the moment we
// let go of it, and the fault test stops and restarts the server on its port while other test
// processes connect to theirs (ctest -j). Ports here are handed out only to listeners.
// Generous: twenty tills connecting at once (TLS, SCRAM, a forked backend each) on a 2-core
// machine running other test processes too (ctest -j) take seconds; no test waits on it.
constexpr int kConnectTimeoutSec = 30;

int freeLoopbackPort()
{
    std::mt19937 random(std::random_device{}());
    for (int attempt = 0; attempt < 500; ++attempt) {
        const int candidate = 20000 + int(random() % 12000);
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(quint16(candidate));
        const bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
        ::close(fd);
        if (free)
            return candidate;
    }
    return 0;
}

bool runProcess(const QString& program, const QStringList& args, const QString& workDir, QString* output)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(120000);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "PgServer: %s %s failed:\n%s\n", qPrintable(program), qPrintable(args.join(u' ')),
                     qPrintable(out));
        return false;
    }
    return true;
}

QString randomText()
{
    QFile f(QStringLiteral("/dev/urandom"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("fallback-password-0123456789");
    return QString::fromLatin1(f.read(18).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

PgServer& PgServer::shared()
{
    // Destroyed at exit, which stops the server.
    static PgServer server;
    if (!server.m_dir) {
        const bool ok = server.initialize() && server.start();
        if (!ok)
            FAIL("could not start the test PostgreSQL; log:\n" << server.lastLog().toStdString());
    }
    REQUIRE(server.m_running);
    return server;
}

PgServer::~PgServer()
{
    if (m_running)
        stop(false);
}

QString PgServer::caFile() const { return m_dir->filePath(QStringLiteral("ca.crt")); }

QString PgServer::lastLog() const
{
    if (!m_dir)
        return {};
    QFile f(m_dir->filePath(QStringLiteral("server.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(4000));
}

bool PgServer::runAsServerUser(const QString& program, const QStringList& args, QString* output)
{
    // PostgreSQL refuses to run as root; CI runs as root, so hand the work to the postgres user.
    if (::geteuid() == 0)
        return runProcess(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                                 QStringLiteral("--"), program} + args,
                          m_dir->path(), output);
    return runProcess(program, args, m_dir->path(), output);
}

bool PgServer::makeCertificates()
{
    const QString d = m_dir->path();
    const QString openssl = QStringLiteral("openssl");
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!runProcess(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                                 + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                               QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                                               QStringLiteral("-subj"), QStringLiteral("/CN=Patron Test CA"),
                                               QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                               QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                    d, nullptr))
        return false;
    if (!runProcess(openssl, QStringList{QStringLiteral("req")} + ec
                                 + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                                               QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                    d, nullptr))
        return false;
    if (!writeFile(QDir(d).filePath(QStringLiteral("server.ext")),
                   "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"))
        return false;
    return runProcess(openssl,
                      {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                       QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                      d, nullptr);
}

bool PgServer::initialize()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/patron-pg-XXXXXX"));
    if (!m_dir->isValid())
        return false;
    const QString d = m_dir->path();
    if (!makeCertificates())
        return false;
    QFile::setPermissions(QDir(d).filePath(QStringLiteral("server.key")), QFile::ReadOwner | QFile::WriteOwner);
    QDir(d).mkdir(QStringLiteral("sock"));
    const QString superPassword = randomText();
    if (!writeFile(QDir(d).filePath(QStringLiteral("pwfile")), superPassword.toUtf8() + '\n'))
        return false;
    if (::geteuid() == 0) {
        // The postgres user must own the directory, its key and the socket folder.
        const passwd* pw = ::getpwnam("postgres");
        if (!pw)
            return false;
        QDirIterator it(d, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        if (::chown(qPrintable(d), pw->pw_uid, pw->pw_gid) != 0)
            return false;
        while (it.hasNext())
            if (::chown(qPrintable(it.next()), pw->pw_uid, pw->pw_gid) != 0)
                return false;
    }
    if (!runAsServerUser(kBin + QStringLiteral("initdb"),
                         {QStringLiteral("-D"), QDir(d).filePath(QStringLiteral("data")), QStringLiteral("-U"),
                          QStringLiteral("postgres"), QStringLiteral("--pwfile"), QDir(d).filePath(QStringLiteral("pwfile")),
                          QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                          QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256")}))
        return false;
    m_port = freeLoopbackPort();
    const QByteArray conf = QStringLiteral(
        "\nport = %1\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%2'\n"
        "ssl = on\nssl_cert_file = '%3'\nssl_key_file = '%4'\n"
        "max_connections = 200\n%5"
        "log_min_messages = warning\nlog_connections = off\n")
        .arg(m_port)
        .arg(QDir(d).filePath(QStringLiteral("sock")), QDir(d).filePath(QStringLiteral("server.crt")),
             QDir(d).filePath(QStringLiteral("server.key")),
             // Tests: fast but crash-unsafe, so push_events must force synchronous_commit itself
             // (the restart-mid-push test fails if it does not). Benchmarks ask for durability.
             qEnvironmentVariableIsSet("PATRON_PG_DURABLE")
                 ? QStringLiteral("fsync = on\nsynchronous_commit = on\n")
                 : QStringLiteral("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"))
        .toUtf8();
    // Over TCP only TLS with a password; the unix socket (in our private directory) is trusted.
    const QByteArray hba = "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n";
    const QString data = QDir(d).filePath(QStringLiteral("data"));
    {
        QFile f(QDir(data).filePath(QStringLiteral("postgresql.conf")));
        if (!f.open(QIODevice::Append) || f.write(conf) != conf.size())
            return false;
    }
    if (!writeFile(QDir(data).filePath(QStringLiteral("pg_hba.conf")), hba))
        return false;
    return true;
}

bool PgServer::start()
{
    const QString d = m_dir->path();
    m_running = runAsServerUser(kBin + QStringLiteral("pg_ctl"),
                                {QStringLiteral("-D"), QDir(d).filePath(QStringLiteral("data")), QStringLiteral("-l"),
                                 QDir(d).filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                                 QStringLiteral("60"), QStringLiteral("start")});
    if (m_running && m_adminPassword.isEmpty()) {
        m_adminPassword = randomText();
        // The head-office administrator is deliberately not a superuser: the schema and its
        // SECURITY DEFINER functions must work with CREATEROLE alone.
        m_running = superuserExec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE CREATEDB PASSWORD '%2'")
                                      .arg(adminUser(), m_adminPassword));
    }
    return m_running;
}

bool PgServer::stop(bool immediate)
{
    const QString d = m_dir->path();
    const bool ok = runAsServerUser(kBin + QStringLiteral("pg_ctl"),
                                    {QStringLiteral("-D"), QDir(d).filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                     immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
                                     QStringLiteral("stop")});
    m_running = !ok;
    return ok;
}

bool PgServer::superuserExec(const QString& sql, const QString& database)
{
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres")
                   .arg(QDir(m_dir->path()).filePath(QStringLiteral("sock")))
                   .arg(m_port)
                   .arg(database);
    auto conn = PgConnection::connect(info);
    if (!conn) {
        std::fprintf(stderr, "PgServer: %s\n", qPrintable(conn.message()));
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    auto r = conn->execScript(utf8.constData());
    if (!r)
        std::fprintf(stderr, "PgServer: %s: %s\n", utf8.constData(), qPrintable(r.message()));
    return r.ok();
}

QString PgServer::createDatabase(const QString& fromTemplate)
{
    const QString name = QStringLiteral("patron_t%1_%2").arg(::getpid()).arg(++m_nextDb);
    // FILE_COPY: the data directory is copied as files, without writing every page to WAL.
    const QString copy = fromTemplate.isEmpty() ? QString()
                                                : QStringLiteral(" TEMPLATE %1 STRATEGY FILE_COPY").arg(fromTemplate);
    REQUIRE(superuserExec(QStringLiteral("CREATE DATABASE %1 OWNER %2%3").arg(name, adminUser(), copy)));
    return name;
}

void PgServer::dropDatabase(const QString& name)
{
    if (m_running)
        superuserExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

PgConnectInfo PgServer::adminInfo(const QString& database) const
{
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password=%4")
                   .arg(m_port)
                   .arg(database, adminUser(), m_adminPassword);
    info.sslmode = QStringLiteral("verify-full");
    info.sslrootcert = caFile();
    info.connectTimeoutSec = kConnectTimeoutSec;
    return info;
}

PgConnectInfo PgServer::tillInfo(const QString& dsn) const
{
    PgConnectInfo info;
    info.dsn = dsn;
    info.sslmode = QStringLiteral("verify-full");
    info.sslrootcert = caFile();
    info.connectTimeoutSec = kConnectTimeoutSec;
    return info;
}

PgTestDb::PgTestDb(const QString& fromTemplate)
    : m_server(&PgServer::shared()), m_name(m_server->createDatabase(fromTemplate))
{
}

PgTestDb::~PgTestDb()
{
    // A test that stopped the server and failed before restarting it leaves nothing to drop.
    m_server->dropDatabase(m_name);
}

} // namespace patron::test
