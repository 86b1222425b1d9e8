#include "store/Store.h"

#include "common/Clock.h"
#include "common/Uuid.h"
#include "store/Migrations.h"
#include "store/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Store)
};

namespace {

bool looksLikePlainSqlite(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString codeProblem(const QString& what, const QString& code)
{
    static const QRegularExpression ok(QStringLiteral("^[A-Za-z0-9_-]{1,16}$"));
    if (!ok.match(code).hasMatch())
        return StoreTr::tr("%1 must be 1 to 16 letters, digits, '-' or '_' (got \"%2\").").arg(what, code);
    return {};
}
} // namespace

StorePaths::StorePaths(const QString& d)
    : dir(QDir(d).absolutePath()), db(QDir(dir).filePath(QStringLiteral("patron.db"))),
      vault(QDir(dir).filePath(QStringLiteral("patron.vault")))
{
}

bool Store::exists(const QString& dir)
{
    const StorePaths p(dir);
    return QFileInfo::exists(p.db) && QFileInfo::exists(p.vault);
}

Result<std::unique_ptr<Store>> Store::create(const QString& dir, StoreIdentity identity,
                                             const QByteArray& passphrase, const KdfProfile& profile,
                                             const OpenOptions& options)
{
    for (const auto& [what, code] : {std::pair{StoreTr::tr("The store code"), identity.storeCode},
                                     std::pair{StoreTr::tr("The till code"), identity.tillCode}}) {
        const QString problem = codeProblem(what, code);
        if (!problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
    }
    if (identity.storeName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, StoreTr::tr("The store needs a name."));
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(identity.currency).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         StoreTr::tr("\"%1\" is not an ISO 4217 currency code such as CNY.").arg(identity.currency));

    StorePaths paths(dir);
    if (!QDir().mkpath(paths.dir))
        return makeError(ErrorCode::ReadOnly, StoreTr::tr("Cannot create the data folder %1.").arg(paths.dir));
    if (QFileInfo::exists(paths.db) || QFileInfo::exists(paths.vault))
        return makeError(ErrorCode::AlreadyExists, StoreTr::tr("There is already a store in %1.").arg(paths.dir));
    auto lock = StoreLock::acquire(paths.dir, StoreLock::Mode::Exclusive);
    if (!lock)
        return lock.error();

    identity.storeUuid = Uuid::v7(QDateTime::currentMSecsSinceEpoch()).toString();
    auto vault = KeyVault::create(identity.storeUuid, passphrase, profile);
    if (!vault)
        return vault.error();
    auto key = vault->unlock(passphrase);
    if (!key)
        return key.error();

    Database::Options dbo;
    dbo.vfs = options.vfs;
    dbo.create = true;
    dbo.busyTimeoutMs = options.busyTimeoutMs;
    auto db = Database::open(paths.db, *key, dbo);
    if (!db)
        return db.error();
    auto cleanup = [&] {
        db->close();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(paths.db + QString::fromLatin1(suffix));
    };
    auto built = guarded([&]() -> Result<void> {
        db->exec("PRAGMA application_id = 1347703374;");  // kPatronApplicationId
        db->configureForUse();
        auto migrated = migrate(*db, patronMigrations());
        if (!migrated)
            return migrated;
        Transaction tx(*db);
        const QString now = isoWithOffset(QDateTime::currentDateTime());
        const std::pair<const char*, QString> rows[] = {
            {"app", QStringLiteral("patron")},           {"store_uuid", identity.storeUuid},
            {"store_name", identity.storeName.trimmed()}, {"store_code", identity.storeCode},
            {"till_code", identity.tillCode},             {"currency", identity.currency},
            {"created_at", now},                          {"receipt_epoch", QStringLiteral("1")},
        };
        for (const auto& [k, v] : rows)
            db->execute("INSERT INTO meta(key, value) VALUES (?, ?)", k, v);
        tx.commit();
        return {};
    });
    if (!built) {
        cleanup();
        return built.error();
    }
    db->close();
    // The vault is written last: a store without its vault is never left looking complete.
    if (auto saved = vault->save(paths.vault); !saved) {
        cleanup();
        return saved.error();
    }
    // Creation held the directory exclusively; from now on it is open like any other store.
    *lock = StoreLock();
    auto shared = StoreLock::acquire(paths.dir, StoreLock::Mode::Shared);
    if (!shared)
        return shared.error();
    return openUnlocked(paths, std::move(*shared), std::move(*vault), std::move(*key), options);
}

Result<std::unique_ptr<Store>> Store::openWithPassphrase(const QString& dir, const QByteArray& passphrase,
                                                         const OpenOptions& options)
{
    StorePaths paths(dir);
    if (!QFileInfo::exists(paths.db) && !QFileInfo::exists(paths.vault))
        return makeError(ErrorCode::NotFound, StoreTr::tr("There is no Patron store in %1.").arg(paths.dir));
    if (looksLikePlainSqlite(paths.db))
        return makeError(ErrorCode::NotAStore,
                         StoreTr::tr("%1 is an unencrypted SQLite file, not a Patron store.").arg(paths.db));
    auto lock = StoreLock::acquire(paths.dir, StoreLock::Mode::Shared);
    if (!lock)
        return lock.error();
    auto vault = KeyVault::load(paths.vault);
    if (!vault)
        return vault.error();
    auto key = vault->unlock(passphrase);
    if (!key)
        return key.error();
    return openUnlocked(paths, std::move(*lock), std::move(*vault), std::move(*key), options);
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString& dir, SecureBytes key, const OpenOptions& options)
{
    StorePaths paths(dir);
    if (!QFileInfo::exists(paths.db))
        return makeError(ErrorCode::NotFound, StoreTr::tr("There is no Patron store in %1.").arg(paths.dir));
    if (looksLikePlainSqlite(paths.db))
        return makeError(ErrorCode::NotAStore,
                         StoreTr::tr("%1 is an unencrypted SQLite file, not a Patron store.").arg(paths.db));
    auto lock = StoreLock::acquire(paths.dir, StoreLock::Mode::Shared);
    if (!lock)
        return lock.error();
    auto vault = KeyVault::load(paths.vault);
    if (!vault)
        return vault.error();
    return openUnlocked(paths, std::move(*lock), std::move(*vault), std::move(key), options);
}

Result<SecureBytes> Store::keyFromSecretStore(const QString& dir, SecretStore& secrets)
{
    auto vault = KeyVault::load(StorePaths(dir).vault);
    if (!vault)
        return vault.error();
    return secrets.read(keychainAccountFor(vault->storeUuid()));
}

Result<std::unique_ptr<Store>> Store::openWithSecretStore(const QString& dir, SecretStore& secrets,
                                                          const OpenOptions& options)
{
    auto key = keyFromSecretStore(dir, secrets);
    if (!key)
        return key.error();
    return openWithKey(dir, std::move(*key), options);
}

Result<std::unique_ptr<Store>> Store::openUnlocked(StorePaths paths, StoreLock lock, KeyVault vault,
                                                   SecureBytes key, const OpenOptions& options)
{
    std::unique_ptr<Store> store(new Store(std::move(paths)));
    store->m_lock = std::move(lock);
    store->m_vault = std::move(vault);
    store->m_key = std::move(key);
    store->m_options = options;

    Database::Options dbo;
    dbo.vfs = options.vfs;
    dbo.busyTimeoutMs = options.busyTimeoutMs;
    auto db = Database::open(store->m_paths.db, store->m_key, dbo);
    if (!db) {
        if (db.code() == ErrorCode::StoreDamaged)
            return makeError(ErrorCode::StoreDamaged,
                             StoreTr::tr("The store file %1 is damaged, or it does not belong to this key vault.")
                                 .arg(store->m_paths.db));
        return db.error();
    }
    store->m_db = std::move(*db);
    Database& d = store->m_db;
    auto checked = guarded([&]() -> Result<void> {
        if (d.queryInt64("PRAGMA application_id").value_or(0) != kPatronApplicationId)
            return makeError(ErrorCode::NotAStore, StoreTr::tr("%1 is not a Patron store.").arg(store->m_paths.db));
        return checkSchemaVersion(d, patronMigrations());
    });
    if (!checked)
        return checked.error();
    auto configured = guarded([&]() -> Result<void> {
        d.configureForUse();
        if (options.migrate)
            return migrate(d, patronMigrations());
        return {};
    });
    if (!configured)
        return configured.error();
    auto ident = guarded([&]() -> Result<void> {
        if (store->meta(QStringLiteral("app")) != u"patron")
            return makeError(ErrorCode::NotAStore, StoreTr::tr("%1 is not a Patron store.").arg(store->m_paths.db));
        store->m_identity.storeName = store->meta(QStringLiteral("store_name"));
        store->m_identity.storeCode = store->meta(QStringLiteral("store_code"));
        store->m_identity.tillCode = store->meta(QStringLiteral("till_code"));
        store->m_identity.currency = store->meta(QStringLiteral("currency"));
        store->m_identity.storeUuid = store->meta(QStringLiteral("store_uuid"));
        return {};
    });
    if (!ident)
        return ident.error();
    return store;
}

Result<Database> Store::openReader() const
{
    Database::Options dbo;
    dbo.vfs = m_options.vfs;
    dbo.busyTimeoutMs = m_options.busyTimeoutMs;
    auto db = Database::open(m_paths.db, m_key, dbo);
    if (!db)
        return db.error();
    auto ok = guarded([&] { db->exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA query_only = ON;"); });
    if (!ok)
        return ok.error();
    return db;
}

Result<void> Store::changePassphrase(const QByteArray& oldPassphrase, const QByteArray& newPassphrase)
{
    auto rewrapped = m_vault.rewrap(oldPassphrase, newPassphrase, KdfProfile::forNewSecrets());
    if (!rewrapped)
        return rewrapped.error();
    PATRON_TRY(rewrapped->save(m_paths.vault));
    m_vault = std::move(*rewrapped);
    return {};
}

Result<void> Store::rememberKeyIn(SecretStore& secrets) const
{
    return secrets.write(keychainAccountFor(m_identity.storeUuid), m_key);
}

QString Store::meta(const QString& key) const
{
    auto& db = const_cast<Database&>(m_db);
    Statement s = db.cached("SELECT value FROM meta WHERE key = ?");
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

void Store::setMeta(const QString& key, const QString& value)
{
    m_db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", key, value);
}

qint64 Store::receiptEpoch() const { return meta(QStringLiteral("receipt_epoch")).toLongLong(); }

} // namespace patron
