#pragma once
// patron-bench's command line.

#include <QString>
#include <QStringList>

namespace patron::bench {

struct BenchOptions {
    qint64 products = 200'000;
    qint64 members = 1'000'000;
    qint64 saleLines = 5'000'000;
    int days = 365;
    quint64 seed = 1;
    int iterations = 200;    // samples per fast figure (slow ones take fewer)
    QString dir = QStringLiteral("bench-data");
    bool unencrypted = false;
    bool stockCipher = false;  // Patron's connections use SQLCipher's own page cipher provider
    bool strict = false;
    bool generateOnly = false;  // internal: the child process that builds the store
    // --only open,checkout,search,reports,members,manager: run just these groups of figures.
    QStringList only;
    // Copies the WAL right after the last checkout here and prints that commit's frame range,
    // for tests/bench/wal_pages.py to tell which b-trees the checkout wrote.
    QString keepWal;
    // The till's connection checkpoints between sales (IdleCheckpoint, untimed, as the till does
    // while it waits) instead of inside whichever scan or checkout takes the WAL past 1000 frames.
    bool idleCheckpoint = false;
    // Prints the SQL of the last checkout, statement by statement (the count is always printed).
    bool showStatements = false;
    // --no-wal-batching: the till's connections use SQLite's default VFS instead of the WAL write
    // batcher (two writes per WAL frame, as before issue #3), to measure what batching saves.
    bool walBatching = true;

    bool wants(const char* group) const { return only.isEmpty() || only.contains(QString::fromLatin1(group)); }

    // Parses args; false with *error set on a bad option.
    bool parse(const QStringList& args, QString* error);
    // The store folder for these sizes (and seed) under dir.
    QString storeDir() const;
    QStringList generateArgs() const;
    // The VFS the measured connections open with: empty (Patron's default, the batcher) or
    // SQLite's default VFS with --no-wal-batching.
    QString vfs() const;
};

} // namespace patron::bench
