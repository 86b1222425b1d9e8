#include "CliRunner.h"

#include "TestEnv.h"

#include <QJsonDocument>
#include <QProcess>

namespace patron::test {

CliRunner::CliRunner(QString dataDir) : m_dataDir(std::move(dataDir)), m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("PATRON_KDF_PROFILE"), QStringLiteral("test"));
    m_env.insert(QStringLiteral("PATRON_LANG"), QStringLiteral("en"));
    m_env.remove(QStringLiteral("PATRON_USER"));
    m_env.remove(QStringLiteral("PATRON_PIN"));
}

QString CliRunner::executable() { return binaryDir() + QStringLiteral("/app/cli/patron-cli"); }

CliResult CliRunner::run(const QStringList& args, bool json) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    QStringList all{QStringLiteral("--data-dir"), m_dataDir};
    if (json)
        all << QStringLiteral("--json");
    all << args;
    p.start(executable(), all);
    CliResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        r.err = QStringLiteral("patron-cli did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    if (doc.isObject())
        r.json = doc.object();
    return r;
}

} // namespace patron::test
