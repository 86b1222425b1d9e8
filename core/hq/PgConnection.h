#pragma once
// RAII libpq connection to head office. Every query with data in it is parameterised
// (PQexecParams, values sent apart from the SQL text); only fixed DDL runs as a script.
// Failures come back as Result with a translated message and a code that tells a caller
// whether to retry (Unavailable), stop (AuthFailed, PermissionDenied) or report.

#include "common/Result.h"
#include "hq/PgConnectInfo.h"
#include "hq/PgResult.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>

struct pg_conn;

namespace patron {

// One query parameter in PostgreSQL's text format; std::nullopt is SQL NULL.
class PgValue {
public:
    PgValue(std::nullopt_t) {}
    PgValue(const QString& text) : m_text(text.isNull() ? std::nullopt : std::optional(text.toUtf8())) {}
    PgValue(const char* utf8) : m_text(QByteArray(utf8)) {}
    PgValue(qint64 n) : m_text(QByteArray::number(n)) {}
    PgValue(int n) : m_text(QByteArray::number(n)) {}
    PgValue(bool b) : m_text(QByteArray(b ? "true" : "false")) {}
    const std::optional<QByteArray>& text() const { return m_text; }

private:
    std::optional<QByteArray> m_text;
};

class PgConnection {
public:
    PgConnection() = default;
    static Result<PgConnection> connect(const PgConnectInfo& info);

    bool isOpen() const { return m_conn != nullptr; }
    // False once the server or the network has gone away; the caller reconnects.
    bool isHealthy() const;

    Result<PgResult> exec(const char* sql, std::initializer_list<PgValue> params = {});
    // Fixed SQL with no values in it (schema scripts); may hold several statements.
    Result<void> execScript(const char* sql);

    // SQLSTATE of the last failed exec (e.g. "42501"); empty after success.
    QString lastSqlState() const { return m_lastSqlState; }
    QString host() const;
    QString port() const;
    QString database() const;
    QString user() const;
    bool usesTls() const;

private:
    struct Finish {
        void operator()(pg_conn* c) const;
    };
    Error errorFromResult(pg_result* res);
    std::unique_ptr<pg_conn, Finish> m_conn;
    QString m_lastSqlState;
};

} // namespace patron
