#pragma once
// patron-ui-bench's command line.

#include <QString>
#include <QStringList>

namespace patron::uibench {

struct UiBenchOptions {
    // An existing store made by patron-bench (bench.key beside it); empty: generate one in `dir`.
    QString store;
    QString dir = QStringLiteral("uibench-data");
    qint64 products = 2000;  // when generating
    int scans = 300;
    int keyGapMs = 8;        // the scanner's pace
    int cartLines = 10;      // lines per cart before it is emptied and the next begins
    bool strict = false;     // exit 1 when p99 > 16 ms

    bool parse(const QStringList& args, QString* error);
};

} // namespace patron::uibench
