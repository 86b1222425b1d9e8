#include "ArgParser.h"

#include <QCoreApplication>

namespace patron::cli {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

ArgParser& ArgParser::option(const QString& name)
{
    m_optionNames.insert(name);
    return *this;
}

ArgParser& ArgParser::flag(const QString& name)
{
    m_flagNames.insert(name);
    return *this;
}

bool ArgParser::parse(const QStringList& args)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (onlyPositionals || !a.startsWith(QLatin1String("--")) || a == u"--") {
            if (a == u"--" && !onlyPositionals) {
                onlyPositionals = true;
                continue;
            }
            m_positionals << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const int eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (m_flagNames.contains(name)) {
            if (inlineValue) {
                m_error = CliTr::tr("The option --%1 takes no value.").arg(name);
                return false;
            }
            m_flags.insert(name);
        } else if (m_optionNames.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = CliTr::tr("The option --%1 needs a value.").arg(name);
                    return false;
                }
                value = args[++i];
            }
            m_values[name] << value;
        } else {
            m_error = CliTr::tr("Unknown option --%1.").arg(name);
            return false;
        }
    }
    return true;
}

QString ArgParser::value(const QString& name, const QString& fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace patron::cli
