#pragma once
// A buffer for key material: locked in memory where the OS allows, wiped when freed, never
// copied implicitly.

#include <QByteArray>

#include <cstddef>

namespace patron {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);  // zero-filled
    static SecureBytes fromRaw(const void* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    SecureBytes clone() const { return fromRaw(m_data, m_size); }

    // Lower-case hex into a new secure buffer (for PRAGMA key = "x'…'").
    SecureBytes toHex() const;

private:
    void release();
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipe a QByteArray that held a secret (passphrase, PIN) before it is freed.
void wipe(QByteArray& bytes);

} // namespace patron
