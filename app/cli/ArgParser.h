#pragma once
// A small argument parser for subcommands: "--name value", "--name=value", repeatable options,
// boolean flags and positionals. Unknown options are a usage error, never silently ignored.

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace patron::cli {

class ArgParser {
public:
    ArgParser& option(const QString& name);  // takes a value; may repeat
    ArgParser& flag(const QString& name);    // no value

    // Parses args; false with error() set on unknown options or a missing value.
    bool parse(const QStringList& args);
    QString error() const { return m_error; }

    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positionals() const { return m_positionals; }

private:
    QSet<QString> m_optionNames, m_flagNames, m_flags;
    QMap<QString, QStringList> m_values;
    QStringList m_positionals;
    QString m_error;
};

} // namespace patron::cli
