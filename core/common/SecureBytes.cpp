#include "common/SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace patron {

namespace {
bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    std::memset(m_data, 0, size);
    m_size = size;
}

SecureBytes SecureBytes::fromRaw(const void* data, std::size_t size)
{
    SecureBytes s(size);
    if (size)
        std::memcpy(s.m_data, data, size);
    return s;
}

SecureBytes::~SecureBytes() { release(); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data);  // sodium_free wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes out(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(out.m_data), out.m_size, m_data, m_size);
    out.m_size = m_size * 2;  // drop the terminating NUL from the visible size
    return out;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

} // namespace patron
