#include "TestEnv.h"

#include <QDirIterator>
#include <QFile>

namespace patron::test {

QString binaryDir()
{
    const QString env = qEnvironmentVariable("PATRON_TEST_BIN_DIR");
    return env.isEmpty() ? QStringLiteral(PATRON_TEST_BIN_DIR_DEFAULT) : env;
}

QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace patron::test
