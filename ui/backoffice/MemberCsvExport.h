#pragma once
// MemberCsvExport: every active member as CSV in MemberImport's columns (so a file exported
// here imports elsewhere), read in batches by id so a million members never sit in memory.

#include "common/Result.h"

class QIODevice;

namespace patron {
class MemberRepository;
}

namespace patron::ui {

class MemberCsvExport {
public:
    explicit MemberCsvExport(const MemberRepository& repository) : m_repository(repository) {}
    // Writes the header and the rows; returns the members written.
    Result<qint64> write(QIODevice& out) const;

    static constexpr int kBatch = 5000;

private:
    const MemberRepository& m_repository;
};

} // namespace patron::ui
