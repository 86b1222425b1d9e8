#include "money/Allocation.h"

#include <algorithm>
#include <numeric>

namespace patron {

__extension__ typedef __int128 Int128;  // GCC and Clang; totals × weights can pass 2^63

QList<qint64> allocateLargestRemainder(qint64 total, const QList<qint64>& weights)
{
    const qsizetype n = weights.size();
    QList<qint64> parts(n, 0);
    if (n == 0)
        return parts;
    const bool negative = total < 0;
    const qint64 absTotal = negative ? -total : total;
    qint64 sumW = std::accumulate(weights.begin(), weights.end(), qint64(0));
    QList<qint64> w = weights;
    if (sumW <= 0) {
        std::fill(w.begin(), w.end(), 1);
        sumW = n;
    }
    QList<std::pair<qint64, qsizetype>> remainders;
    remainders.reserve(n);
    qint64 assigned = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Int128 prod = static_cast<Int128>(absTotal) * w[i];
        parts[i] = qint64(prod / sumW);
        remainders.append({qint64(prod % sumW), i});
        assigned += parts[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qint64 left = absTotal - assigned, k = 0; left > 0; --left, ++k)
        parts[remainders[k % n].second] += 1;
    if (negative)
        for (auto& p : parts)
            p = -p;
    return parts;
}

} // namespace patron
