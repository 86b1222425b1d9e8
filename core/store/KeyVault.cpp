#include "store/KeyVault.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct KeyVaultTr {
    Q_DECLARE_TR_FUNCTIONS(patron::KeyVault)
};

namespace {

const char* kFormat = "patron-vault";
constexpr int kFormatVersion = 1;

// The associated data binds the wrapped key to its store and KDF parameters: editing either in
// the file makes unwrapping fail instead of silently deriving a different key.
QByteArray associatedData(const QString& storeUuid, const KdfProfile& p)
{
    return QByteArray("patron-vault/1/") + storeUuid.toLatin1() + '/' + QByteArray::number(p.opslimit)
        + '/' + QByteArray::number(p.memlimit);
}

Result<SecureBytes> deriveKek(const QByteArray& passphrase, const QByteArray& salt, const KdfProfile& p)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, KeyVaultTr::tr("The cryptography library failed to start."));
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.constData(), quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), p.opslimit,
                      size_t(p.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Internal,
                         KeyVaultTr::tr("Not enough memory to derive the key from the passphrase."));
    return kek;
}
} // namespace

KdfProfile KdfProfile::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfProfile KdfProfile::test() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

KdfProfile KdfProfile::forNewSecrets()
{
#ifdef PATRON_TEST_KDF
    if (qgetenv("PATRON_KDF_PROFILE") == "test")
        return test();
#endif
    return standard();
}

KdfProfile KdfProfile::forPins()
{
#ifdef PATRON_TEST_KDF
    if (qgetenv("PATRON_KDF_PROFILE") == "test")
        return test();
#endif
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool KdfProfile::isAcceptable() const
{
#ifdef PATRON_TEST_KDF
    if (*this == test())
        return true;
#endif
    return opslimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && memlimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE
        && opslimit <= crypto_pwhash_OPSLIMIT_MAX && memlimit <= 4ull * 1024 * 1024 * 1024;
}

Result<KeyVault> KeyVault::create(const QString& storeUuid, const QByteArray& passphrase,
                                  const KdfProfile& profile)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, KeyVaultTr::tr("The cryptography library failed to start."));
    SecureBytes key(kKeyBytes);
    randombytes_buf(key.data(), key.size());
    return wrap(storeUuid, key, passphrase, profile);
}

Result<KeyVault> KeyVault::wrap(const QString& storeUuid, const SecureBytes& dataKey,
                                const QByteArray& passphrase, const KdfProfile& profile)
{
    if (passphrase.size() < 8)
        return makeError(ErrorCode::InvalidInput,
                         KeyVaultTr::tr("The recovery passphrase must have at least 8 characters."));
    if (!profile.isAcceptable())
        return makeError(ErrorCode::Refused, KeyVaultTr::tr("The key-derivation settings are too weak."));
    KeyVault v;
    v.m_storeUuid = storeUuid;
    v.m_profile = profile;
    v.m_salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(v.m_salt.data(), size_t(v.m_salt.size()));
    v.m_nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(v.m_nonce.data(), size_t(v.m_nonce.size()));
    auto kek = deriveKek(passphrase, v.m_salt, profile);
    if (!kek)
        return kek.error();
    const QByteArray ad = associatedData(storeUuid, profile);
    v.m_sealed.resize(qsizetype(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(v.m_sealed.data()), &sealedLen, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(v.m_nonce.constData()), kek->data());
    v.m_sealed.resize(qsizetype(sealedLen));
    return v;
}

Result<SecureBytes> KeyVault::unlock(const QByteArray& passphrase) const
{
    if (!m_profile.isAcceptable())
        return makeError(ErrorCode::Refused,
                         KeyVaultTr::tr("The key vault uses key-derivation settings this build does not accept."));
    auto kek = deriveKek(passphrase, m_salt, m_profile);
    if (!kek)
        return kek.error();
    const QByteArray ad = associatedData(m_storeUuid, m_profile);
    SecureBytes key(size_t(m_sealed.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long keyLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &keyLen, nullptr, reinterpret_cast<const unsigned char*>(m_sealed.constData()),
            quint64(m_sealed.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
            quint64(ad.size()), reinterpret_cast<const unsigned char*>(m_nonce.constData()), kek->data())
            != 0
        || keyLen != kKeyBytes)
        return makeError(ErrorCode::WrongPassphrase, KeyVaultTr::tr("The recovery passphrase is not correct."));
    return key;
}

Result<KeyVault> KeyVault::rewrap(const QByteArray& oldPassphrase, const QByteArray& newPassphrase,
                                  const KdfProfile& profile) const
{
    auto key = unlock(oldPassphrase);
    if (!key)
        return key.error();
    return wrap(m_storeUuid, *key, newPassphrase, profile);
}

QByteArray KeyVault::toJson() const
{
    QJsonObject kdf{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                    {QStringLiteral("opslimit"), qint64(m_profile.opslimit)},
                    {QStringLiteral("memlimit"), qint64(m_profile.memlimit)},
                    {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())}};
    QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                  {QStringLiteral("version"), kFormatVersion},
                  {QStringLiteral("store_uuid"), m_storeUuid},
                  {QStringLiteral("kdf"), kdf},
                  {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
                  {QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64())},
                  {QStringLiteral("wrapped_key"), QString::fromLatin1(m_sealed.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<KeyVault> KeyVault::fromJson(const QByteArray& json)
{
    const Error notVault{ErrorCode::NotAStore, KeyVaultTr::tr("The key vault file is not a Patron key vault.")};
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return notVault;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return notVault;
    if (o.value(QStringLiteral("version")).toInt() > kFormatVersion)
        return makeError(ErrorCode::StoreTooNew,
                         KeyVaultTr::tr("The key vault was written by a newer version of Patron."));
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    KeyVault v;
    v.m_storeUuid = o.value(QStringLiteral("store_uuid")).toString();
    v.m_profile.opslimit = quint64(kdf.value(QStringLiteral("opslimit")).toInteger());
    v.m_profile.memlimit = quint64(kdf.value(QStringLiteral("memlimit")).toInteger());
    v.m_salt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
    v.m_nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    v.m_sealed = QByteArray::fromBase64(o.value(QStringLiteral("wrapped_key")).toString().toLatin1());
    if (kdf.value(QStringLiteral("alg")).toString() != u"argon2id13"
        || v.m_salt.size() != crypto_pwhash_SALTBYTES
        || v.m_nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || v.m_sealed.size() != kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return makeError(ErrorCode::StoreDamaged, KeyVaultTr::tr("The key vault file is damaged."));
    return v;
}

Result<KeyVault> KeyVault::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotAStore, KeyVaultTr::tr("There is no key vault at %1.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, KeyVaultTr::tr("The key vault %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > 64 * 1024)
        return makeError(ErrorCode::NotAStore, KeyVaultTr::tr("The key vault file is not a Patron key vault."));
    return fromJson(f.readAll());
}

Result<void> KeyVault::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::ReadOnly, KeyVaultTr::tr("The key vault %1 cannot be written: %2").arg(path, f.errorString()));
    const QByteArray json = toJson();
    if (f.write(json) != json.size() || !f.commit())
        return makeError(ErrorCode::DiskFull, KeyVaultTr::tr("The key vault %1 could not be saved: %2").arg(path, f.errorString()));
    return {};
}

} // namespace patron
