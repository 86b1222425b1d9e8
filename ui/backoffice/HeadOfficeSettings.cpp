#include "backoffice/HeadOfficeSettings.h"

#include "auth/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QCoreApplication>

namespace patron::ui {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HeadOfficeTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::HeadOfficeSettings)
};

namespace {
QString quoted(const QString& v)
{
    // libpq: single quotes around a value with spaces or quotes; backslash escapes ' and \.
    if (!v.isEmpty() && !v.contains(u' ') && !v.contains(u'\'') && !v.contains(u'\\'))
        return v;
    QString out = v;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + out + u'\'';
}
} // namespace

QString HeadOfficeSettings::composeDsn(const HeadOfficeFields& f)
{
    QStringList parts;
    parts << QStringLiteral("host=") + quoted(f.host.trimmed()) << QStringLiteral("port=%1").arg(f.port)
          << QStringLiteral("dbname=") + quoted(f.database.trimmed()) << QStringLiteral("user=") + quoted(f.user.trimmed());
    if (!f.password.isEmpty())
        parts << QStringLiteral("password=") + quoted(f.password);
    return parts.join(u' ');
}

HeadOfficeFields HeadOfficeSettings::parseDsn(const QString& dsn)
{
    HeadOfficeFields f;
    int i = 0;
    const int n = int(dsn.size());
    while (i < n) {
        while (i < n && dsn[i].isSpace())
            ++i;
        const int eq = int(dsn.indexOf(u'=', i));
        if (eq < 0)
            break;
        const QString key = dsn.mid(i, eq - i).trimmed();
        i = eq + 1;
        QString value;
        if (i < n && dsn[i] == u'\'') {
            for (++i; i < n && dsn[i] != u'\''; ++i) {
                if (dsn[i] == u'\\' && i + 1 < n)
                    ++i;
                value += dsn[i];
            }
            ++i;
        } else {
            while (i < n && !dsn[i].isSpace())
                value += dsn[i++];
        }
        if (key == u"host")
            f.host = value;
        else if (key == u"port")
            f.port = value.toInt();
        else if (key == u"dbname")
            f.database = value;
        else if (key == u"user")
            f.user = value;
        else if (key == u"password")
            f.password = value;
    }
    return f;
}

std::optional<HeadOfficeFields> HeadOfficeSettings::load() const
{
    const auto info = SyncConfig(m_settings).connectInfo();
    if (!info)
        return std::nullopt;
    HeadOfficeFields f = parseDsn(info->dsn);
    f.password.clear();
    f.sslmode = info->sslmode;
    f.sslrootcert = info->sslrootcert;
    f.sslcert = info->sslcert;
    f.sslkey = info->sslkey;
    return f;
}

bool HeadOfficeSettings::hasStoredPassword() const
{
    const auto info = SyncConfig(m_settings).connectInfo();
    return info && !parseDsn(info->dsn).password.isEmpty();
}

Result<PgConnectInfo> HeadOfficeSettings::connectInfo(const HeadOfficeFields& fields) const
{
    HeadOfficeFields f = fields;
    if (f.host.trimmed().isEmpty() || f.database.trimmed().isEmpty() || f.user.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, HeadOfficeTr::tr("Fill in the host, the database and the till's user."));
    if (f.port < 1 || f.port > 65535)
        return makeError(ErrorCode::InvalidInput, HeadOfficeTr::tr("The port must be between 1 and 65535."));
    if (f.password.isEmpty()) {
        if (const auto stored = SyncConfig(m_settings).connectInfo())
            f.password = parseDsn(stored->dsn).password;
    }
    PgConnectInfo info;
    info.dsn = composeDsn(f);
    info.sslmode = f.sslmode;
    info.sslrootcert = f.sslrootcert.trimmed();
    info.sslcert = f.sslcert.trimmed();
    info.sslkey = f.sslkey.trimmed();
    return info;
}

Result<void> HeadOfficeSettings::join(const Session& actor, const HeadOfficeFields& fields)
{
    if (!actor.can(perm::SettingsEdit))
        return makeError(ErrorCode::PermissionDenied,
                         HeadOfficeTr::tr("%1 may not change the head-office connection.").arg(actor.userName));
    auto info = connectInfo(fields);
    if (!info)
        return info.error();
    return guarded([&]() -> Result<void> {
        Transaction tx(m_db);
        PATRON_TRY(SyncConfig(m_settings).save(*info));
        m_audit.append(actor.userName, QStringLiteral("sync.configure"), info->redactedDsn());
        tx.commit();
        return {};
    });
}

Result<void> HeadOfficeSettings::leave(const Session& actor)
{
    if (!actor.can(perm::SettingsEdit))
        return makeError(ErrorCode::PermissionDenied,
                         HeadOfficeTr::tr("%1 may not change the head-office connection.").arg(actor.userName));
    return guarded([&] {
        Transaction tx(m_db);
        SyncConfig(m_settings).clear();
        m_audit.append(actor.userName, QStringLiteral("sync.configure"), QStringLiteral(""));
        tx.commit();
    });
}

} // namespace patron::ui
