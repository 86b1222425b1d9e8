#pragma once
// Gathers a run of contiguous writes to one file in memory, so SQLite's two writes per WAL frame
// (a 24-byte header, then the page) reach the disk as one write per transaction. Used by the
// WalWriteBatcher VFS shim; holds no more than its capacity.

#include <cstddef>
#include <cstdint>
#include <vector>

struct sqlite3_file;

namespace patron {

class WalWriteBuffer {
public:
    explicit WalWriteBuffer(std::size_t capacity);

    bool empty() const { return m_bytes.empty(); }
    std::int64_t start() const { return m_start; }
    std::int64_t end() const { return m_start + std::int64_t(m_bytes.size()); }

    // Takes the write if it starts a run (buffer empty), extends the run at its end, or lies
    // wholly inside the pending bytes (SQLite rewriting a frame of the same transaction). False
    // when it does not fit: the caller flushes and tries again, or writes it through.
    bool absorb(const void* data, std::size_t size, std::int64_t offset);

    // True when [offset, offset + size) touches a pending byte: a read there must flush first.
    bool overlaps(std::int64_t offset, std::size_t size) const;

    // Writes the pending bytes to `file` in one xWrite. On failure the bytes stay pending (the
    // same bytes at the same offsets, so a retry is harmless) and SQLite's code is returned.
    int flush(sqlite3_file* file);

    // Drops the pending bytes unwritten: they belong to a transaction that ended without
    // committing them (rolled back, or its commit failed), and another connection may already
    // have written its own frames at those offsets.
    void discard();

private:
    std::vector<unsigned char> m_bytes;
    std::int64_t m_start = 0;
    std::size_t m_capacity;
};

} // namespace patron
