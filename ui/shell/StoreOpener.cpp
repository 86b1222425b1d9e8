#include "shell/StoreOpener.h"

#include "auth/AuditLog.h"
#include "auth/PinHasher.h"
#include "auth/UserService.h"
#include "common/BlockingRunner.h"
#include "common/Clock.h"
#include "store/SecretStore.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

namespace patron::ui {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct StoreOpenerTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::StoreOpener)
};

StoreOpener::StoreOpener(QString dataDir, SecretStore* secrets, const Clock& clock, BlockingRunner* runner)
    : m_dir(std::move(dataDir)), m_secrets(secrets), m_clock(clock), m_runner(runner)
{
}

Result<std::unique_ptr<Store>> StoreOpener::opening(const std::function<Result<std::unique_ptr<Store>>()>& open)
{
    if (!m_runner)
        return open();
    // The store's connection is made on the runner's thread and handed over when the open
    // returns; nothing else uses it before that.
    std::optional<Result<std::unique_ptr<Store>>> opened;
    // Shown on every slow open (the passphrase's key derivation alone may pass the runner's
    // delay), so it warns without saying an update is running.
    m_runner->run(StoreOpenerTr::tr("Opening the store… After Patron has been updated this can take a few minutes on "
                                    "a large store; please do not switch the computer off."),
                  [&] { opened.emplace(open()); });
    Q_ASSERT(opened);  // a runner runs its work to the end before it returns
    return std::move(*opened);
}

bool StoreOpener::storeExists() const { return Store::exists(m_dir); }

Result<std::unique_ptr<Store>> StoreOpener::openFromKeychain()
{
    if (!m_secrets)
        return makeError(ErrorCode::Unavailable, StoreOpenerTr::tr("This computer has no system keychain."));
    // The keychain is read here (its jobs belong to this thread), the store opened through the runner.
    auto key = Store::keyFromSecretStore(m_dir, *m_secrets);
    if (!key)
        return key.error();
    return opening([&] { return Store::openWithKey(m_dir, std::move(*key)); });
}

Result<std::unique_ptr<Store>> StoreOpener::openWithPassphrase(const QByteArray& passphrase, bool rememberInKeychain)
{
    auto opened = opening([&] { return Store::openWithPassphrase(m_dir, passphrase); });
    if (!opened || !rememberInKeychain)
        return opened;
    if (!m_secrets)
        return makeError(ErrorCode::Unavailable, StoreOpenerTr::tr("This computer has no system keychain; the store stays locked until the passphrase is entered."));
    // A keychain failure does not stop the till: the store is open, only unattended start is off.
    (void)(*opened)->rememberKeyIn(*m_secrets);
    return opened;
}

Result<std::unique_ptr<Store>> StoreOpener::create(const StoreIdentity& identity, const QByteArray& passphrase,
                                                   const QString& adminPin)
{
    // Validate the PIN first so a bad PIN leaves no store behind.
    auto pin = normalizePin(adminPin);
    if (!pin)
        return pin.error();
    auto created = Store::create(m_dir, identity, passphrase);
    if (!created)
        return created.error();
    AuditLog audit((*created)->db(), m_clock);
    Outbox outbox((*created)->db(), identity.storeCode, identity.tillCode, m_clock);
    UserService users((*created)->db(), audit, outbox, m_clock);
    auto admin = users.bootstrapAdmin(QStringLiteral("admin"), adminPin);
    if (!admin)
        return admin.error();
    return created;
}

} // namespace patron::ui
