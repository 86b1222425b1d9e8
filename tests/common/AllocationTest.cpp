#include "TestEnv.h"

#include "money/Allocation.h"

#include <QRandomGenerator>

#include <numeric>

using namespace patron;

TEST_CASE("Largest remainder splits a total exactly", "[money][allocation]")
{
    CHECK(allocateLargestRemainder(100, {1, 1, 1}) == QList<qint64>{34, 33, 33});
    CHECK(allocateLargestRemainder(1000, {3000, 2000, 5000}) == QList<qint64>{300, 200, 500});
    CHECK(allocateLargestRemainder(-100, {1, 1, 1}) == QList<qint64>{-34, -33, -33});
    CHECK(allocateLargestRemainder(5, {0, 0}) == QList<qint64>{3, 2});
    CHECK(allocateLargestRemainder(0, {5, 7}) == QList<qint64>{0, 0});
    CHECK(allocateLargestRemainder(7, {}).isEmpty());
    // A 10.00 discount over lines of 0.01, 0.01 and 999.98: the big line takes nearly all.
    CHECK(allocateLargestRemainder(1000, {1, 1, 99998}) == QList<qint64>{0, 0, 1000});
}

TEST_CASE("Largest remainder always adds up (random)", "[money][allocation]")
{
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    for (int round = 0; round < 2000; ++round) {
        QList<qint64> w;
        const int n = 1 + int(rng.bounded(12));
        for (int i = 0; i < n; ++i)
            w << qint64(rng.bounded(1000000));
        const qint64 total = qint64(rng.bounded(10000000)) - 5000000;
        const auto parts = allocateLargestRemainder(total, w);
        REQUIRE(std::accumulate(parts.begin(), parts.end(), qint64(0)) == total);
        const qint64 sumW = std::accumulate(w.begin(), w.end(), qint64(0));
        for (int i = 0; i < n && sumW > 0; ++i) {
            // Each part is within one unit of its exact share.
            const long double exact = (long double)total * w[i] / sumW;
            REQUIRE(std::abs((long double)parts[i] - exact) < 1.0L + 1e-9L);
        }
    }
}
