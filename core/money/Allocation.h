#pragma once
// Largest-remainder allocation: split an integer total across weights so the parts add up
// exactly. Used to store each sale line's share of order discounts, points and stored value,
// so a return refunds exactly what that line paid.

#include <QList>

namespace patron {

// Parts proportional to weights (all >= 0), summing exactly to total. Ties in the remainder go to
// the earlier weight, so the result is deterministic. All-zero weights: split evenly by index.
QList<qint64> allocateLargestRemainder(qint64 total, const QList<qint64>& weights);

} // namespace patron
