#include "store/WalWriteBuffer.h"

#include "store/Sqlite.h"

#include <cstring>

namespace patron {

WalWriteBuffer::WalWriteBuffer(std::size_t capacity) : m_capacity(capacity) {}

bool WalWriteBuffer::absorb(const void* data, std::size_t size, std::int64_t offset)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    if (m_bytes.empty()) {
        if (size > m_capacity)
            return false;
        m_start = offset;
        m_bytes.assign(bytes, bytes + size);
        return true;
    }
    if (offset >= m_start && offset + std::int64_t(size) <= end()) {
        std::memcpy(m_bytes.data() + (offset - m_start), bytes, size);
        return true;
    }
    if (offset == end() && m_bytes.size() + size <= m_capacity) {
        m_bytes.insert(m_bytes.end(), bytes, bytes + size);
        return true;
    }
    return false;
}

bool WalWriteBuffer::overlaps(std::int64_t offset, std::size_t size) const
{
    return !m_bytes.empty() && offset < end() && offset + std::int64_t(size) > m_start;
}

int WalWriteBuffer::flush(sqlite3_file* file)
{
    if (m_bytes.empty())
        return SQLITE_OK;
    const int rc = file->pMethods->xWrite(file, m_bytes.data(), int(m_bytes.size()), m_start);
    if (rc == SQLITE_OK)
        m_bytes.clear();  // keeps the allocation: the next transaction reuses it
    return rc;
}

void WalWriteBuffer::discard()
{
    m_bytes.clear();
    m_start = 0;
}

} // namespace patron
