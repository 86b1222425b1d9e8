#pragma once
// How the till gets its store open: keychain first (unattended start), else the passphrase;
// a new store on first run; or the demo store. The UI decides what to show from the results.

#include "common/Result.h"
#include "store/Store.h"

#include <memory>

namespace patron {
class Clock;
class SecretStore;
}

namespace patron::ui {

class StoreOpener {
public:
    // secrets may be null (no keychain on this system).
    StoreOpener(QString dataDir, SecretStore* secrets, const Clock& clock);

    QString dataDir() const { return m_dir; }
    bool storeExists() const;
    // Uses the keychain slot; NotFound/Unavailable mean "ask for the passphrase".
    Result<std::unique_ptr<Store>> openFromKeychain();
    Result<std::unique_ptr<Store>> openWithPassphrase(const QByteArray& passphrase, bool rememberInKeychain);
    // A new store with its first administrator.
    Result<std::unique_ptr<Store>> create(const StoreIdentity& identity, const QByteArray& passphrase,
                                          const QString& adminPin);

private:
    QString m_dir;
    SecretStore* m_secrets;
    const Clock& m_clock;
};

} // namespace patron::ui
