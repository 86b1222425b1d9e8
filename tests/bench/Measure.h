#pragma once
// Timing samples, percentiles and the PASS/MISS table patron-bench prints.

#include <QString>

#include <chrono>
#include <functional>
#include <vector>

namespace patron::bench {

class Samples {
public:
    void add(double ms) { m_ms.push_back(ms); }
    double percentile(int p) const;  // nearest rank; 0 when empty
    double p50() const { return percentile(50); }
    double p99() const { return percentile(99); }
    bool empty() const { return m_ms.empty(); }

private:
    std::vector<double> m_ms;
};

// This thread's CPU time in milliseconds (user + system): a checkout's own work, without the
// time it waited for the disk or for a core, so it can be compared across loaded machines.
double threadCpuMs();

// Runs fn n times and times each run.
Samples measure(int n, const std::function<void(int)>& fn);

// One target on one figure, e.g. "p99 <= 2 ms".
struct Check {
    QString label;
    bool pass = false;
};

class Table {
public:
    void row(const QString& name, const Samples& subject, const Samples& baseline, const std::vector<Check>& checks);
    void note(const QString& name, const QString& value, const std::vector<Check>& checks);
    int misses() const { return m_misses; }

private:
    void print(const QString& line);
    int m_misses = 0;
};

} // namespace patron::bench
