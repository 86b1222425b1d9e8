#pragma once
// MemberCsvExport: every active member as CSV in MemberImport's columns (so a file exported
// here imports elsewhere), read in batches by id so a million members never sit in memory.

#include "common/Result.h"

#include <functional>

class QIODevice;

namespace patron {
class Database;
class MemberRepository;
}

namespace patron::ui {

class MemberCsvExport {
public:
    // Members written so far and the total; returning false cancels (Refused).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    MemberCsvExport(Database& db, const MemberRepository& repository) : m_db(db), m_repository(repository) {}
    // Writes the header and the rows; returns the members written. Merged members are left out.
    Result<qint64> write(QIODevice& out, const Progress& progress = {}) const;

    static constexpr int kBatch = 5000;

private:
    Database& m_db;
    const MemberRepository& m_repository;
};

} // namespace patron::ui
