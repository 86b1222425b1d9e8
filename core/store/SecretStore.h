#pragma once
// Where a till keeps its data key so it can start unattended: the OS keychain. Behind an
// interface, because CI has no D-Bus secret service and tests need a fake. There is no
// plain-text fallback: without a keychain the till asks for the recovery passphrase.

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QMap>
#include <QString>

#include <memory>

namespace patron {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Result<SecureBytes> read(const QString& account) = 0;  // NotFound when absent
    virtual Result<void> write(const QString& account, const SecureBytes& secret) = 0;
    virtual Result<void> remove(const QString& account) = 0;
};

// In memory only: for tests, and for a till whose OS has no keychain (then nothing persists).
class MemorySecretStore final : public SecretStore {
public:
    Result<SecureBytes> read(const QString& account) override;
    Result<void> write(const QString& account, const SecureBytes& secret) override;
    Result<void> remove(const QString& account) override;
    bool failWrites = false;  // a keychain that refuses, for tests

private:
    QMap<QString, QByteArray> m_items;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Credential Manager on Windows).
// Null when this build has no keychain support.
std::unique_ptr<SecretStore> makeOsSecretStore();

// The keychain account name for a store.
QString keychainAccountFor(const QString& storeUuid);

} // namespace patron
