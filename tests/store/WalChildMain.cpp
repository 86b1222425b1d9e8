// The other process of the WAL batching tests: opens the store given on the command line (so its
// connection batches WAL writes like the till's) and commits, again and again, four probe rows
// that record how many of the other side's rows it saw; prints the commit's number once COMMIT
// returned. Stops after ROWS commits, or runs until killed when ROWS is 0.
//
// usage: patron_wal_child STORE_DIR PASSPHRASE ROWS

#include "store/Store.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace patron;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: patron_wal_child STORE_DIR PASSPHRASE ROWS\n");
        return 2;
    }
    const long commits = std::strtol(argv[3], nullptr, 10);
    auto store = Store::openWithPassphrase(QString::fromLocal8Bit(argv[1]), QByteArray(argv[2]));
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.message()));
        return 1;
    }
    Database& db = (*store)->db();
    for (long n = 1; commits == 0 || n <= commits; ++n) {
        auto done = guarded([&] {
            Transaction tx(db);
            const qint64 seen = db.queryInt64("SELECT count(*) FROM walbatch_probe WHERE who <> 'child'").value_or(-1);
            for (int i = 0; i < 4; ++i)
                db.execute("INSERT INTO walbatch_probe(who, n, seen, pad) VALUES ('child', ?, ?, randomblob(3000))",
                           qint64(n), seen);
            tx.commit();
        });
        if (!done) {
            std::fprintf(stderr, "commit %ld: %s\n", n, qPrintable(done.message()));
            return 1;
        }
        std::printf("%ld\n", n);
        std::fflush(stdout);
    }
    return 0;
}
