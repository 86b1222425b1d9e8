#pragma once
// The store the benchmark sells from: one patron-bench made (its raw key in bench.key beside
// it, so no key derivation is timed), or a small one generated here with the demo generator.

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace patron::uibench {

struct UiBenchOptions;

struct BenchStore {
    QString dir;
    QByteArray keyHex;
    QDate lastDay;  // the last generated business day: the bench's clock stands in its evening

    static Result<BenchStore> prepare(const UiBenchOptions& options);
};

} // namespace patron::uibench
