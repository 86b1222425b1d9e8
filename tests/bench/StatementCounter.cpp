#include "StatementCounter.h"

#include <sqlite3.h>

#include <algorithm>

namespace patron::bench {

namespace {

// A statement's n-th run within one list: the same text can run several times in one sale.
QByteArray occurrenceKey(const QByteArray& sql, int n) { return sql + '#' + QByteArray::number(n); }

} // namespace

StatementCounter::StatementCounter(sqlite3* db)
    : m_db(db)
{
    sqlite3_profile(m_db, &StatementCounter::onStatement, this);
}

StatementCounter::~StatementCounter() { sqlite3_profile(m_db, nullptr, nullptr); }

void StatementCounter::startList()
{
    m_list.clear();
    m_seen.clear();
    ++m_lists;
    m_last = std::chrono::steady_clock::now();
}

void StatementCounter::onStatement(void* self, const char* sql, unsigned long long)
{
    auto* c = static_cast<StatementCounter*>(self);
    const auto now = std::chrono::steady_clock::now();
    ++c->m_count;
    // A checkout runs a few dozen: keeping the last list whole costs nothing worth measuring.
    if (c->m_list.size() < 1000) {
        const QByteArray text(sql);
        if (c->m_lists > 0) {
            const double us = std::chrono::duration<double, std::micro>(now - c->m_last).count();
            c->m_gapsUs[occurrenceKey(text, ++c->m_seen[text])].append(us);
        }
        c->m_list.append(text);
    }
    c->m_last = std::chrono::steady_clock::now();  // the callback's own work stays out of the next gap
}

QList<double> StatementCounter::medianGapsUs() const
{
    QList<double> out;
    QHash<QByteArray, int> seen;
    for (const QByteArray& sql : m_list) {
        QList<double> gaps = m_gapsUs.value(occurrenceKey(sql, ++seen[sql]));
        std::sort(gaps.begin(), gaps.end());
        out << (gaps.isEmpty() ? 0.0 : gaps[gaps.size() / 2]);
    }
    return out;
}

QStringList StatementCounter::list() const
{
    QStringList out;
    for (const QByteArray& sql : m_list)
        out << QString::fromUtf8(sql).simplified();
    return out;
}

} // namespace patron::bench
