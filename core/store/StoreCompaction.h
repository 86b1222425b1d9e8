#pragma once
// Compaction: VACUUM rewrites the store without its free pages. Schema steps that drop indexes
// or rebuild tables leave them behind (step 17 leaves about 780 MB on a year's store), SQLite
// reuses them only slowly, and while any are left each new page a sale takes from the freelist
// also rewrites a freelist trunk page in its commit. Needs the store closed everywhere else (it
// takes the store lock exclusively: StoreBusy otherwise) and free disk space of about twice the file: SQLite builds the new
// file as a temporary copy and writes it back through the WAL.

#include "common/Result.h"

namespace patron {

class Store;

struct CompactionReport {
    qint64 bytesBefore = 0;  // database and WAL
    qint64 bytesAfter = 0;
    qint64 freePagesBefore = 0;
    qint64 ms = 0;
};

Result<CompactionReport> compactStore(Store& store);

} // namespace patron
