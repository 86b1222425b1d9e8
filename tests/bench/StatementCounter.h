#pragma once
// Counts the SQL statements a piece of work runs on a connection (sqlite3_profile: SQLite 3.15
// has no sqlite3_trace_v2), and keeps the text of the last ones, so the bench can print how many
// statements a checkout costs and which. Statements run by triggers are not counted separately.

#include <QByteArray>
#include <QList>
#include <QStringList>

struct sqlite3;

namespace patron::bench {

class StatementCounter {
public:
    // Installs the profile callback on db (nothing else may); removes it when destroyed.
    explicit StatementCounter(sqlite3* db);
    ~StatementCounter();
    StatementCounter(const StatementCounter&) = delete;
    StatementCounter& operator=(const StatementCounter&) = delete;

    long long count() const { return m_count; }
    // Starts a new list of statement texts (the counter keeps running).
    void startList() { m_list.clear(); }
    // The statements since startList(), white space folded.
    QStringList list() const;

private:
    static void onStatement(void* self, const char* sql, unsigned long long nanoseconds);
    sqlite3* m_db;
    long long m_count = 0;
    QList<QByteArray> m_list;  // as given: folding them inside the timed work would be timed too
};

} // namespace patron::bench
