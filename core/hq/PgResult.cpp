#include "hq/PgResult.h"

#include <libpq-fe.h>

namespace patron {

void PgResult::Clear::operator()(pg_result* r) const { PQclear(r); }

PgResult::PgResult(pg_result* result) : m_res(result) {}

int PgResult::rows() const { return m_res ? PQntuples(m_res.get()) : 0; }
int PgResult::columns() const { return m_res ? PQnfields(m_res.get()) : 0; }

bool PgResult::isNull(int row, int col) const { return PQgetisnull(m_res.get(), row, col) != 0; }

QString PgResult::text(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_res.get(), row, col), PQgetlength(m_res.get(), row, col));
}

qint64 PgResult::int64(int row, int col) const
{
    return isNull(row, col) ? 0 : QByteArray(PQgetvalue(m_res.get(), row, col)).toLongLong();
}

bool PgResult::boolean(int row, int col) const
{
    return !isNull(row, col) && PQgetvalue(m_res.get(), row, col)[0] == 't';
}

QJsonDocument PgResult::json(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QJsonDocument::fromJson(QByteArray(PQgetvalue(m_res.get(), row, col), PQgetlength(m_res.get(), row, col)));
}

int PgResult::columnIndex(const char* name) const { return PQfnumber(m_res.get(), name); }

} // namespace patron
