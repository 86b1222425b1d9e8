#pragma once
// A Patron store: one data directory holding the encrypted database (patron.db), its key vault
// (patron.vault) and a lock file. Creating, unlocking and opening happen here; everything else
// works on the Database it hands out.

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "store/Database.h"
#include "store/KeyVault.h"
#include "store/StoreLock.h"

#include <QString>

#include <memory>

namespace patron {

class SecretStore;

struct StoreIdentity {
    QString storeName;
    QString storeCode;  // unique in the chain, e.g. "SH01"
    QString tillCode;   // unique in its store, e.g. "T1"
    QString currency = QStringLiteral("CNY");
    QString storeUuid;  // filled in by create()
};

struct StorePaths {
    explicit StorePaths(const QString& dir);
    QString dir, db, vault;
};

struct StoreOpenOptions {
    QString vfs;               // tests: a fault-injecting VFS
    int busyTimeoutMs = 2000;  // how long a writer waits for another before "store busy"
    bool migrate = true;       // bring an older schema up to date
};

class Store {
public:
    using OpenOptions = StoreOpenOptions;

    // New store in an empty or missing directory; the data key is random, wrapped by the passphrase.
    static Result<std::unique_ptr<Store>> create(const QString& dir, StoreIdentity identity,
                                                 const QByteArray& passphrase, const KdfProfile& profile,
                                                 const OpenOptions& options);
    static Result<std::unique_ptr<Store>> create(const QString& dir, StoreIdentity identity,
                                                 const QByteArray& passphrase)
    {
        return create(dir, std::move(identity), passphrase, KdfProfile::forNewSecrets(), OpenOptions());
    }
    static Result<std::unique_ptr<Store>> openWithPassphrase(const QString& dir, const QByteArray& passphrase,
                                                             const OpenOptions& options = OpenOptions());
    static Result<std::unique_ptr<Store>> openWithKey(const QString& dir, SecureBytes key,
                                                      const OpenOptions& options = OpenOptions());
    static Result<std::unique_ptr<Store>> openWithSecretStore(const QString& dir, SecretStore& secrets,
                                                              const OpenOptions& options = OpenOptions());
    // The key saved for DIR's store in the keychain (openWithSecretStore's first half), so a caller
    // can read the keychain on its own thread and open, which may migrate for minutes, on another.
    static Result<SecureBytes> keyFromSecretStore(const QString& dir, SecretStore& secrets);
    // Whether DIR holds a store (a vault and a database), without unlocking anything.
    static bool exists(const QString& dir);

    Database& db() { return m_db; }
    const StoreIdentity& identity() const { return m_identity; }
    const StorePaths& paths() const { return m_paths; }
    KeyVault vault() const { return m_vault; }

    // A second connection for reading (reports, exports) on another thread.
    Result<Database> openReader() const;
    // A copy of the data key, for a backup or the keychain. Wiped when the caller drops it.
    SecureBytes dataKey() const { return m_key.clone(); }

    // The store to this process alone from now on (compaction): StoreBusy while the till,
    // another patron-cli or the sync worker has it open.
    Result<void> takeExclusively() { return m_lock.makeExclusive(); }

    Result<void> changePassphrase(const QByteArray& oldPassphrase, const QByteArray& newPassphrase);
    Result<void> rememberKeyIn(SecretStore& secrets) const;

    // Store metadata (meta table): identity, receipt epoch, …
    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);  // inside the caller's transaction
    qint64 receiptEpoch() const;

private:
    Store(StorePaths paths) : m_paths(std::move(paths)) {}
    static Result<std::unique_ptr<Store>> openUnlocked(StorePaths paths, StoreLock lock, KeyVault vault,
                                                       SecureBytes key, const OpenOptions& options);

    StorePaths m_paths;
    StoreLock m_lock;
    KeyVault m_vault;
    SecureBytes m_key;
    Database m_db;
    StoreIdentity m_identity;
    OpenOptions m_options;
};

// Application id in the database header: 'PTRN'. Tells a Patron store from other SQLite files.
constexpr qint64 kPatronApplicationId = 0x5054524E;

} // namespace patron
