#include "HqCommandsCommon.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

ArgParser hqParser()
{
    ArgParser p;
    p.option(QStringLiteral("dsn")).option(QStringLiteral("sslmode")).option(QStringLiteral("sslrootcert"))
        .option(QStringLiteral("sslcert")).option(QStringLiteral("sslkey"));
    return p;
}

std::optional<PgConnection> connectHq(CliContext& ctx, ArgParser& p, const QStringList& args, int* exit)
{
    if (!p.parse(args)) {
        *exit = ctx.usage(p.error());
        return std::nullopt;
    }
    PgConnectInfo info;
    info.dsn = p.value(QStringLiteral("dsn"), qEnvironmentVariable("PATRON_HQ_DSN"));
    if (info.dsn.isEmpty()) {
        *exit = ctx.usage(CliTr::tr("This command needs the head-office connection: --dsn DSN or PATRON_HQ_DSN."));
        return std::nullopt;
    }
    info.sslmode = p.value(QStringLiteral("sslmode"));
    if (!info.sslmode.isEmpty() && !isValidSslMode(info.sslmode)) {
        *exit = ctx.usage(CliTr::tr("\"%1\" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.")
                              .arg(info.sslmode));
        return std::nullopt;
    }
    info.sslrootcert = p.value(QStringLiteral("sslrootcert"));
    info.sslcert = p.value(QStringLiteral("sslcert"));
    info.sslkey = p.value(QStringLiteral("sslkey"));
    info.applicationName = QStringLiteral("patron-cli hq");
    auto conn = PgConnection::connect(info);
    if (!conn) {
        *exit = ctx.fail(conn.error());
        return std::nullopt;
    }
    return std::move(*conn);
}

bool requireOptions(CliContext& ctx, const ArgParser& p, const QString& command, std::initializer_list<const char*> names,
                    int* exit)
{
    for (const char* n : names)
        if (p.value(QString::fromLatin1(n)).trimmed().isEmpty()) {
            *exit = ctx.usage(CliTr::tr("%1 needs --%2.").arg(command, QString::fromLatin1(n)));
            return false;
        }
    return true;
}

QString compact(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

} // namespace patron::cli
