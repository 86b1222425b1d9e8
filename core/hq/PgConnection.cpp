#include "hq/PgConnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PgConnectionTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PgConnection)
};

namespace {

QString serverMessage(const char* text)
{
    return QString::fromUtf8(text).trimmed();
}

ErrorCode codeForSqlState(const QString& state)
{
    if (state.startsWith(u"08") || state.startsWith(u"57P") || state == u"53300")
        return ErrorCode::Unavailable;  // connection failures, shutdown, too many connections
    if (state == u"42501")
        return ErrorCode::PermissionDenied;
    if (state.startsWith(u"28"))
        return ErrorCode::AuthFailed;
    if (state == u"23505")
        return ErrorCode::AlreadyExists;
    if (state == u"P0002")
        return ErrorCode::NotFound;
    if (state.startsWith(u"22") || state.startsWith(u"23"))
        return ErrorCode::InvalidInput;
    if (state == u"40001" || state == u"40P01")
        return ErrorCode::Conflict;  // serialization failure, deadlock: safe to retry
    return ErrorCode::Internal;
}
} // namespace

void PgConnection::Finish::operator()(pg_conn* c) const { PQfinish(c); }

Result<PgConnection> PgConnection::connect(const PgConnectInfo& info)
{
    const auto kv = info.keywords();
    std::vector<const char*> keys, values;
    for (const auto& [k, v] : kv) {
        keys.push_back(k.constData());
        values.push_back(v.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PgConnection c;
    c.m_conn.reset(PQconnectdbParams(keys.data(), values.data(), /*expand_dbname=*/1));
    if (!c.m_conn)
        return makeError(ErrorCode::Internal, PgConnectionTr::tr("Out of memory while connecting to head office."));
    if (PQstatus(c.m_conn.get()) != CONNECTION_OK) {
        const QString why = serverMessage(PQerrorMessage(c.m_conn.get()));
        // The server answered and judged the credentials: a wrong password or a revoked till's
        // role. Retrying will not help, unlike a network failure.
        if (PQconnectionUsedPassword(c.m_conn.get()))
            return makeError(ErrorCode::AuthFailed, PgConnectionTr::tr("Head office refused this till's login: %1").arg(why));
        return makeError(ErrorCode::Unavailable, PgConnectionTr::tr("Head office is not reachable: %1").arg(why));
    }
    // Server notices ("schema already exists, skipping") are for people at a psql prompt; by
    // default libpq prints them on stderr, which would garble patron-cli's output.
    PQsetNoticeProcessor(c.m_conn.get(), [](void*, const char*) {}, nullptr);
    // Head office stores UTF-8 and ISO dates; say so instead of trusting the server's defaults.
    PQsetClientEncoding(c.m_conn.get(), "UTF8");
    return c;
}

bool PgConnection::isHealthy() const { return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK; }

Error PgConnection::errorFromResult(pg_result* res)
{
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    m_lastSqlState = state ? QString::fromLatin1(state) : QString();
    const char* primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString why = serverMessage(primary ? primary : PQerrorMessage(m_conn.get()));
    if (!isHealthy() || m_lastSqlState.isEmpty())
        return makeError(ErrorCode::Unavailable, PgConnectionTr::tr("The connection to head office was lost: %1").arg(why));
    const ErrorCode code = codeForSqlState(m_lastSqlState);
    switch (code) {
    case ErrorCode::PermissionDenied:
        return makeError(code, PgConnectionTr::tr("Head office does not allow this: %1").arg(why));
    case ErrorCode::Unavailable:
        return makeError(code, PgConnectionTr::tr("Head office is not available: %1").arg(why));
    default:
        return makeError(code, PgConnectionTr::tr("Head office refused the request: %1").arg(why));
    }
}

Result<PgResult> PgConnection::exec(const char* sql, std::initializer_list<PgValue> params)
{
    if (!m_conn)
        return makeError(ErrorCode::Unavailable, PgConnectionTr::tr("Not connected to head office."));
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const PgValue& p : params)
        values.push_back(p.text() ? p.text()->constData() : nullptr);
    pg_result* raw = PQexecParams(m_conn.get(), sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType st = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
        m_lastSqlState.clear();
        return PgResult(raw);
    }
    Error e = errorFromResult(raw);
    PQclear(raw);
    return e;
}

Result<void> PgConnection::execScript(const char* sql)
{
    if (!m_conn)
        return makeError(ErrorCode::Unavailable, PgConnectionTr::tr("Not connected to head office."));
    pg_result* res = PQexec(m_conn.get(), sql);
    const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
        PQclear(res);
        m_lastSqlState.clear();
        return {};
    }
    Error e = errorFromResult(res);
    PQclear(res);
    return e;
}

QString PgConnection::host() const { return QString::fromUtf8(PQhost(m_conn.get())); }
QString PgConnection::port() const { return QString::fromUtf8(PQport(m_conn.get())); }
QString PgConnection::database() const { return QString::fromUtf8(PQdb(m_conn.get())); }
QString PgConnection::user() const { return QString::fromUtf8(PQuser(m_conn.get())); }
bool PgConnection::usesTls() const { return PQsslInUse(m_conn.get()) != 0; }

} // namespace patron
