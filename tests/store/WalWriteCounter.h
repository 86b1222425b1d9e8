#pragma once
// A SQLite VFS over the default one that counts the writes reaching WAL files (how many, how
// many bytes, the largest), so tests can see what the WAL write batcher gathers. Everything
// passes through unchanged.

#include <QString>

namespace patron::test {

class WalWriteCounter {
public:
    struct Counts {
        long long writes = 0;
        long long bytes = 0;
        long long largest = 0;
    };
    static QString name();  // registers on first use
    static Counts counts();
    static void reset();
};

} // namespace patron::test
