#pragma once
// Runs patron-cli as a separate process, the way a script or the till's operator would.

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace patron::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json;  // stdout parsed when it is a JSON object
};

class CliRunner {
public:
    explicit CliRunner(QString dataDir);
    QProcessEnvironment& env() { return m_env; }
    // Runs `patron-cli --data-dir DIR [--json] args…`.
    CliResult run(const QStringList& args, bool json = true) const;
    static QString executable();

private:
    QString m_dataDir;
    QProcessEnvironment m_env;
};

} // namespace patron::test
