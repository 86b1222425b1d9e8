#pragma once
// How the till gets its store open: keychain first (unattended start), else the passphrase;
// a new store on first run; or the demo store. The UI decides what to show from the results.

#include "common/Result.h"
#include "store/Store.h"

#include <functional>
#include <memory>

namespace patron {
class BlockingRunner;
class Clock;
class SecretStore;
}

namespace patron::ui {

class StoreOpener {
public:
    // secrets may be null (no keychain on this system). Opening runs through `runner` when one is
    // given (the till's BusyRunner): a store from an earlier version is migrated as it opens,
    // minutes on a large store, and the window must not look frozen meanwhile. Without one, inline.
    StoreOpener(QString dataDir, SecretStore* secrets, const Clock& clock, BlockingRunner* runner = nullptr);

    QString dataDir() const { return m_dir; }
    bool storeExists() const;
    // Uses the keychain slot; NotFound/Unavailable mean "ask for the passphrase".
    Result<std::unique_ptr<Store>> openFromKeychain();
    Result<std::unique_ptr<Store>> openWithPassphrase(const QByteArray& passphrase, bool rememberInKeychain);
    // A new store with its first administrator.
    Result<std::unique_ptr<Store>> create(const StoreIdentity& identity, const QByteArray& passphrase,
                                          const QString& adminPin);

private:
    Result<std::unique_ptr<Store>> opening(const std::function<Result<std::unique_ptr<Store>>()>& open);

    QString m_dir;
    SecretStore* m_secrets;
    const Clock& m_clock;
    BlockingRunner* m_runner;
};

} // namespace patron::ui
