#pragma once
// The key vault: a small JSON file beside the database that holds the store's 32-byte data key
// only in wrapped form, sealed with a key derived by Argon2id from the recovery passphrase. The
// database is encrypted with the data key itself (raw key, no KDF on open), so changing the
// passphrase rewraps 32 bytes and never re-encrypts the store.

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace patron {

struct KdfProfile {
    quint64 opslimit = 0;
    quint64 memlimit = 0;  // bytes

    static KdfProfile standard();  // what a new store gets: Argon2id "moderate"
    static KdfProfile test();      // cheap; accepted only by builds with PATRON_TEST_KDF
    // The profile new vaults and PIN hashes get: standard, or test when PATRON_KDF_PROFILE=test
    // in a test build.
    static KdfProfile forNewSecrets();
    static KdfProfile forPins();   // PINs are checked at every login: "interactive" cost
    bool isAcceptable() const;     // refuses weak parameters outside test builds
    friend bool operator==(const KdfProfile&, const KdfProfile&) = default;
};

class KeyVault {
public:
    static constexpr int kKeyBytes = 32;

    // A new random data key wrapped with the passphrase.
    static Result<KeyVault> create(const QString& storeUuid, const QByteArray& passphrase,
                                   const KdfProfile& profile);
    static Result<KeyVault> fromJson(const QByteArray& json);
    static Result<KeyVault> load(const QString& path);

    QByteArray toJson() const;
    Result<void> save(const QString& path) const;  // atomic replace

    Result<SecureBytes> unlock(const QByteArray& passphrase) const;
    // The same data key under a new passphrase (fresh salt and nonce).
    Result<KeyVault> rewrap(const QByteArray& oldPassphrase, const QByteArray& newPassphrase,
                            const KdfProfile& profile) const;
    static Result<KeyVault> wrap(const QString& storeUuid, const SecureBytes& dataKey,
                                 const QByteArray& passphrase, const KdfProfile& profile);

    QString storeUuid() const { return m_storeUuid; }
    KdfProfile profile() const { return m_profile; }

private:
    QString m_storeUuid;
    KdfProfile m_profile;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_sealed;
};

} // namespace patron
