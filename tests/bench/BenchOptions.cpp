#include "BenchOptions.h"

#include <sqlite3.h>

namespace patron::bench {

bool BenchOptions::parse(const QStringList& args, QString* error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto number = [&](qint64* out) {
            bool ok = false;
            if (i + 1 < args.size())
                *out = args[++i].toLongLong(&ok);
            if (!ok || *out < 0)
                *error = QStringLiteral("%1 needs a whole number").arg(a);
            return ok && *out >= 0;
        };
        qint64 n = 0;
        if (a == u"--products") {
            if (!number(&products))
                return false;
        } else if (a == u"--members") {
            if (!number(&members))
                return false;
        } else if (a == u"--sale-lines") {
            if (!number(&saleLines))
                return false;
        } else if (a == u"--days") {
            if (!number(&n) || n < 1)
                return false;
            days = int(n);
        } else if (a == u"--seed") {
            if (!number(&n))
                return false;
            seed = quint64(n);
        } else if (a == u"--iterations") {
            if (!number(&n) || n < 1)
                return false;
            iterations = int(n);
        } else if (a == u"--dir" && i + 1 < args.size()) {
            dir = args[++i];
        } else if (a == u"--unencrypted") {
            unencrypted = true;
        } else if (a == u"--stock-cipher") {
            stockCipher = true;
        } else if (a == u"--strict") {
            strict = true;
        } else if (a == u"--only" && i + 1 < args.size()) {
            only = args[++i].split(u',', Qt::SkipEmptyParts);
            static const QStringList groups = {QStringLiteral("open"), QStringLiteral("checkout"), QStringLiteral("search"),
                                               QStringLiteral("reports"), QStringLiteral("members"), QStringLiteral("manager")};
            for (const QString& g : std::as_const(only)) {
                if (!groups.contains(g)) {
                    *error = QStringLiteral("--only takes %1").arg(groups.join(u','));
                    return false;
                }
            }
        } else if (a == u"--idle-checkpoint") {
            idleCheckpoint = true;
        } else if (a == u"--no-wal-batching") {
            walBatching = false;
        } else if (a == u"--show-statements") {
            showStatements = true;
        } else if (a == u"--keep-wal" && i + 1 < args.size()) {
            keepWal = args[++i];
        } else if (a == u"--generate-only") {
            generateOnly = true;
        } else {
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        }
    }
    if (products < 1) {
        *error = QStringLiteral("--products must be at least 1");
        return false;
    }
    return true;
}

QString BenchOptions::storeDir() const
{
    return QStringLiteral("%1/store-p%2-m%3-l%4-d%5-s%6").arg(dir).arg(products).arg(members).arg(saleLines).arg(days).arg(seed);
}

QStringList BenchOptions::generateArgs() const
{
    return {QStringLiteral("--generate-only"), QStringLiteral("--products"), QString::number(products),
            QStringLiteral("--members"), QString::number(members), QStringLiteral("--sale-lines"), QString::number(saleLines),
            QStringLiteral("--days"), QString::number(days), QStringLiteral("--seed"), QString::number(seed),
            QStringLiteral("--dir"), dir};
}

QString BenchOptions::vfs() const
{
    return walBatching ? QString() : QString::fromUtf8(sqlite3_vfs_find(nullptr)->zName);
}

} // namespace patron::bench
