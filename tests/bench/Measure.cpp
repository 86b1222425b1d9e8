#include "Measure.h"

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace patron::bench {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double Samples::percentile(int p) const
{
    if (m_ms.empty())
        return 0;
    std::vector<double> s = m_ms;
    std::sort(s.begin(), s.end());
    const size_t rank = size_t(std::ceil(double(p) / 100.0 * double(s.size())));
    return s[std::min(s.size() - 1, rank == 0 ? 0 : rank - 1)];
}

Samples measure(int n, const std::function<void(int)>& fn)
{
    Samples s;
    for (int i = 0; i < n; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn(i);
        s.add(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return s;
}

void Table::print(const QString& line)
{
    const QByteArray b = (line + u'\n').toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void Table::row(const QString& name, const Samples& subject, const Samples& baseline, const std::vector<Check>& checks)
{
    QString line = QStringLiteral("%1 p50 %2 ms  p99 %3 ms").arg(name, -34).arg(subject.p50(), 9, 'f', 3).arg(subject.p99(), 9, 'f', 3);
    if (!baseline.empty())
        line += QStringLiteral("  | raw p50 %1 ms  p99 %2 ms  ratio p50 %3x")
                    .arg(baseline.p50(), 8, 'f', 3).arg(baseline.p99(), 8, 'f', 3)
                    .arg(baseline.p50() > 0 ? subject.p50() / baseline.p50() : 0.0, 0, 'f', 1);
    for (const Check& c : checks) {
        line += QStringLiteral("  [%1 %2]").arg(c.pass ? QStringLiteral("PASS") : QStringLiteral("MISS"), c.label);
        m_misses += c.pass ? 0 : 1;
    }
    print(line);
}

void Table::note(const QString& name, const QString& value, const std::vector<Check>& checks)
{
    QString line = QStringLiteral("%1 %2").arg(name, -34).arg(value);
    for (const Check& c : checks) {
        line += QStringLiteral("  [%1 %2]").arg(c.pass ? QStringLiteral("PASS") : QStringLiteral("MISS"), c.label);
        m_misses += c.pass ? 0 : 1;
    }
    print(line);
}

} // namespace patron::bench
