#pragma once
// Counts the SQL statements a piece of work runs on a connection (sqlite3_profile: SQLite 3.15
// has no sqlite3_trace_v2), and keeps the text of the last ones, so the bench can print how many
// statements a checkout costs and which. Statements run by triggers are not counted separately.
// It also times the gap before each statement's end (the statement and the code that ran since
// the previous one), per statement (its text and its n-th run in the list) over the lists started,
// as a median (one disk stall would move a mean of 50 by tens of µs): SQLite 3.15's own profile time counts whole milliseconds, too coarse
// for statements of a few microseconds.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <chrono>

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
    // Starts a new list of statement texts (the counter keeps running); the gaps are timed from here.
    void startList();
    // The statements since startList(), white space folded.
    QStringList list() const;
    // For each statement of the last list, the median gap in microseconds over every list that ran
    // it (keyed by its text and its n-th run in the list, so one statement more in some sales
    // does not shift the others).
    QList<double> medianGapsUs() const;

private:
    static void onStatement(void* self, const char* sql, unsigned long long nanoseconds);
    sqlite3* m_db;
    long long m_count = 0;
    QList<QByteArray> m_list;  // as given: folding them inside the timed work would be timed too
    QHash<QByteArray, QList<double>> m_gapsUs;  // by occurrence key, one per list that ran it
    QHash<QByteArray, int> m_seen;              // runs of each text in the current list
    int m_lists = 0;
    std::chrono::steady_clock::time_point m_last;
};

} // namespace patron::bench
