#include "StatementCounter.h"

#include <sqlite3.h>

namespace patron::bench {

StatementCounter::StatementCounter(sqlite3* db)
    : m_db(db)
{
    sqlite3_profile(m_db, &StatementCounter::onStatement, this);
}

StatementCounter::~StatementCounter() { sqlite3_profile(m_db, nullptr, nullptr); }

void StatementCounter::onStatement(void* self, const char* sql, unsigned long long)
{
    auto* c = static_cast<StatementCounter*>(self);
    ++c->m_count;
    // A checkout runs a few dozen: keeping the last list whole costs nothing worth measuring.
    if (c->m_list.size() < 1000)
        c->m_list.append(QByteArray(sql));
}

QStringList StatementCounter::list() const
{
    QStringList out;
    for (const QByteArray& sql : m_list)
        out << QString::fromUtf8(sql).simplified();
    return out;
}

} // namespace patron::bench
