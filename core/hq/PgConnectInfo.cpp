#include "hq/PgConnectInfo.h"

#include <QRegularExpression>
#include <QStringList>

namespace patron {

std::vector<std::pair<QByteArray, QByteArray>> PgConnectInfo::keywords() const
{
    std::vector<std::pair<QByteArray, QByteArray>> kv;
    // libpq expands "dbname" into a full connection string when expand_dbname is set; later
    // keywords override what the string says.
    kv.emplace_back("dbname", dsn.toUtf8());
    auto add = [&kv](const char* key, const QString& value) {
        if (!value.isEmpty())
            kv.emplace_back(key, value.toUtf8());
    };
    add("sslmode", sslmode);
    add("sslrootcert", sslrootcert);
    add("sslcert", sslcert);
    add("sslkey", sslkey);
    add("application_name", applicationName);
    if (connectTimeoutSec > 0)
        kv.emplace_back("connect_timeout", QByteArray::number(connectTimeoutSec));
    // A shop's network drops silently (a pulled cable, a sleeping router): without keepalives
    // and a TCP user timeout a blocking call would wait forever instead of failing over to retry.
    kv.emplace_back("keepalives", "1");
    kv.emplace_back("keepalives_idle", "15");
    kv.emplace_back("keepalives_interval", "5");
    kv.emplace_back("keepalives_count", "3");
    kv.emplace_back("tcp_user_timeout", "30000");
    return kv;
}

QString PgConnectInfo::redactedDsn() const
{
    QString out = dsn;
    static const QRegularExpression keyValue(QStringLiteral(R"((password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+))"));
    out.replace(keyValue, QStringLiteral("\\1********"));
    static const QRegularExpression uri(QStringLiteral(R"(^(postgres(?:ql)?://[^:/@]+:)[^@]*@)"));
    out.replace(uri, QStringLiteral("\\1********@"));
    static const QRegularExpression uriParam(QStringLiteral(R"(([?&]password=)[^&]*)"));
    out.replace(uriParam, QStringLiteral("\\1********"));
    return out;
}

bool isValidSslMode(const QString& mode)
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

} // namespace patron
