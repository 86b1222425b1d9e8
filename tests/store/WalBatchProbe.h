#pragma once
// The table the WAL batching tests write: each row carries 3,000 random bytes, so it takes most
// of a 4 KB page and N rows make about N WAL frames. `seen` records how many of the other
// writer's rows a transaction saw (for the cross-connection checks).

#include "store/Database.h"

#include <QString>

namespace patron::test {

class WalBatchProbe {
public:
    static constexpr int kPadBytes = 3000;
    static constexpr qint64 kFrameBytes = 24 + 4096;  // a WAL frame: header and page

    explicit WalBatchProbe(Database& db);  // creates the table if it is missing

    // `rows` rows for `who`, numbered n, in one transaction (throws StoreException on failure).
    void commitRows(const QString& who, qint64 n, int rows);
    // The same, and the transaction left open to the caller: for commits that must fail.
    void insertRows(const QString& who, qint64 n, int rows);

    qint64 rows(const QString& who = {}) const;
    qint64 padBytes() const;
    // Rows whose `seen` differs from the other writers' rows committed before them: 0 when every
    // transaction saw every commit that preceded it.
    qint64 staleReads() const;

private:
    Database& m_db;
};

} // namespace patron::test
