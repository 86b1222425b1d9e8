#include "store/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#ifdef PATRON_WITH_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct SecretStoreTr {
    Q_DECLARE_TR_FUNCTIONS(patron::SecretStore)
};

namespace {
const QString kService = QStringLiteral("Patron POS");
} // namespace

QString keychainAccountFor(const QString& storeUuid) { return QStringLiteral("store-key-") + storeUuid; }

Result<SecureBytes> MemorySecretStore::read(const QString& account)
{
    auto it = m_items.constFind(account);
    if (it == m_items.cend())
        return makeError(ErrorCode::NotFound, SecretStoreTr::tr("No key is saved in the keychain for this store."));
    return SecureBytes::fromRaw(it->constData(), size_t(it->size()));
}

Result<void> MemorySecretStore::write(const QString& account, const SecureBytes& secret)
{
    if (failWrites)
        return makeError(ErrorCode::Unavailable, SecretStoreTr::tr("The keychain refused to save the key."));
    m_items.insert(account, QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size())));
    return {};
}

Result<void> MemorySecretStore::remove(const QString& account)
{
    m_items.remove(account);
    return {};
}

#ifdef PATRON_WITH_KEYCHAIN
namespace {

// QtKeychain's jobs are asynchronous. These calls happen at start-up or on an explicit "remember
// on this till" action, before or outside any window's event handling, so waiting for the job
// with a local loop is safe here and keeps the interface synchronous.
template <typename Job>
void runJob(Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {ErrorCode::NotFound, SecretStoreTr::tr("No key is saved in the keychain for this store.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {ErrorCode::Unavailable,
                SecretStoreTr::tr("The system keychain is not available (%1). Enter the recovery passphrase instead.")
                    .arg(job.errorString())};
    default:
        return {ErrorCode::Unavailable, SecretStoreTr::tr("The system keychain failed: %1").arg(job.errorString())};
    }
}

class OsSecretStore final : public SecretStore {
public:
    Result<SecureBytes> read(const QString& account) override
    {
        QKeychain::ReadPasswordJob job(kService);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(account);
        runJob(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job);
        QByteArray data = job.binaryData();
        SecureBytes out = SecureBytes::fromRaw(data.constData(), size_t(data.size()));
        wipe(data);
        return out;
    }
    Result<void> write(const QString& account, const SecureBytes& secret) override
    {
        QKeychain::WritePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(account);
        QByteArray data(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
        job.setBinaryData(data);
        wipe(data);
        runJob(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job);
        return {};
    }
    Result<void> remove(const QString& account) override
    {
        QKeychain::DeletePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(account);
        runJob(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            return keychainError(job);
        return {};
    }
};

} // namespace

std::unique_ptr<SecretStore> makeOsSecretStore() { return std::make_unique<OsSecretStore>(); }
#else
std::unique_ptr<SecretStore> makeOsSecretStore() { return nullptr; }
#endif

} // namespace patron
