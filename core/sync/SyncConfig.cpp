#include "sync/SyncConfig.h"

#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct SyncConfigTr {
    Q_DECLARE_TR_FUNCTIONS(patron::SyncConfig)
};

namespace {

const QString kDsn = QStringLiteral("sync.dsn");
const QString kSslMode = QStringLiteral("sync.sslmode");
const QString kRootCert = QStringLiteral("sync.sslrootcert");
const QString kCert = QStringLiteral("sync.sslcert");
const QString kKey = QStringLiteral("sync.sslkey");

// Settings values are NOT NULL; an option left out is stored as "" (a null QString binds NULL).
QString orEmpty(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
} // namespace

const QStringList& SyncConfig::keys()
{
    static const QStringList all{kDsn, kSslMode, kRootCert, kCert, kKey};
    return all;
}

std::optional<PgConnectInfo> SyncConfig::connectInfo() const
{
    return connectInfoFrom(m_settings.read(keys()));
}

std::optional<PgConnectInfo> SyncConfig::connectInfoFrom(const SettingsSnapshot& settings)
{
    const QString dsn = settings.text(kDsn);
    if (dsn.isEmpty())
        return std::nullopt;
    PgConnectInfo info;
    info.dsn = dsn;
    info.sslmode = settings.text(kSslMode, QStringLiteral("verify-full"));
    info.sslrootcert = settings.text(kRootCert);
    info.sslcert = settings.text(kCert);
    info.sslkey = settings.text(kKey);
    return info;
}

Result<void> SyncConfig::save(PgConnectInfo info)
{
    if (info.dsn.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, SyncConfigTr::tr("The head-office connection string is empty."));
    if (info.sslmode.isEmpty())
        info.sslmode = QStringLiteral("verify-full");
    if (!isValidSslMode(info.sslmode))
        return makeError(ErrorCode::InvalidInput,
                         SyncConfigTr::tr("\"%1\" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.")
                             .arg(info.sslmode));
    for (const QString& file : {info.sslrootcert, info.sslcert, info.sslkey})
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return makeError(ErrorCode::InvalidInput, SyncConfigTr::tr("The certificate file %1 cannot be read.").arg(file));
    if ((info.sslcert.isEmpty()) != (info.sslkey.isEmpty()))
        return makeError(ErrorCode::InvalidInput, SyncConfigTr::tr("A client certificate needs both --sslcert and --sslkey."));
    m_settings.set(kDsn, info.dsn.trimmed());
    m_settings.set(kSslMode, info.sslmode);
    m_settings.set(kRootCert, orEmpty(info.sslrootcert));
    m_settings.set(kCert, orEmpty(info.sslcert));
    m_settings.set(kKey, orEmpty(info.sslkey));
    return {};
}

void SyncConfig::clear()
{
    for (const QString& key : {kDsn, kSslMode, kRootCert, kCert, kKey})
        m_settings.set(key, orEmpty(QString()));
}

} // namespace patron
