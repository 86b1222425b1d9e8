// patron-cli: the headless face of Patron. Global options come before the command:
//   patron-cli [--data-dir DIR] [--json] [--passphrase-file FILE] [--user NAME --pin PIN] [--lang zh_CN|en] COMMAND …

#include "ArgParser.h"
#include "CliContext.h"
#include "Command.h"
#include "i18n.h"

#include "common/Clock.h"
#include "store/TillSettings.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace patron;
using namespace patron::cli;

// Translation context shared with the command files (a named struct, so lupdate finds it).
struct CliMainTr {
    Q_DECLARE_TR_FUNCTIONS(patron::cli)
};

namespace {

std::vector<Command> allCommands()
{
    std::vector<Command> all;
    for (auto&& group : {storeCommands(), userCommands(), productCommands(), categoryCommands(), salesCommands(), printerCommands(), memberCommands(),
                         hqCommands(), hqPromoCommands(), syncCommands(), demoCommands(), reportCommands()})
        all.insert(all.end(), group.begin(), group.end());
    return all;
}

int printHelp(const std::vector<Command>& commands)
{
    QString text = CliMainTr::tr("Usage: patron-cli [--data-dir DIR] [--json] [--passphrase-file FILE] [--user NAME --pin PIN] "
                          "[--lang zh_CN|en] COMMAND [ARGS]\n\nCommands:\n");
    for (const Command& c : commands)
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.name, c.usage, c.summary);
    text += CliMainTr::tr("\nThe store is unlocked with PATRON_PASSPHRASE or --passphrase-file, else the keychain. "
                   "See docs/cli.md for every command, output field and exit code.\n");
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    return ExitOk;
}
} // namespace

int main(int argc, char** argv)
{
    pinLocalTimeZone();  // before any thread: local-time conversions stop re-reading the zone
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Patron"));
    QCoreApplication::setApplicationName(QStringLiteral("patron"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATRON_VERSION));

    QStringList args = app.arguments().mid(1);
    // Global options end at the first word that is not one of them.
    CliContext ctx;
    QString lang = qEnvironmentVariable("PATRON_LANG");
    QString dataDir;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        auto takeValue = [&](QString* into) {
            if (args.isEmpty())
                return false;
            *into = args.takeFirst();
            return true;
        };
        bool okValue = true;
        if (opt == u"--json")
            ctx.json = true;
        else if (opt == u"--data-dir")
            okValue = takeValue(&dataDir);
        else if (opt == u"--passphrase-file")
            okValue = takeValue(&ctx.passphraseFile);
        else if (opt == u"--user")
            okValue = takeValue(&ctx.userName);
        else if (opt == u"--pin")
            okValue = takeValue(&ctx.pin);
        else if (opt == u"--lang")
            okValue = takeValue(&lang);
        else if (opt == u"--version") {
            std::printf("patron-cli %s\n", PATRON_VERSION);
            return ExitOk;
        } else if (opt == u"--help") {
            args.prepend(QStringLiteral("help"));
            break;
        } else {
            installTranslations(lang.isEmpty() ? TillSettings().language() : lang);
            return ctx.usage(CliMainTr::tr("Unknown option %1.").arg(opt));
        }
        if (!okValue) {
            installTranslations(lang.isEmpty() ? TillSettings().language() : lang);
            return ctx.usage(CliMainTr::tr("The option %1 needs a value.").arg(opt));
        }
    }
    installTranslations(lang.isEmpty() ? TillSettings().language() : lang);
    ctx.dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;

    const std::vector<Command> commands = allCommands();
    if (args.isEmpty() || args.first() == u"help")
        return args.isEmpty() ? (printHelp(commands), ExitUsage) : printHelp(commands);

    // Longest command name that matches the leading words ("user add" before "user").
    const Command* match = nullptr;
    qsizetype matchWords = 0;
    for (const Command& c : commands) {
        const QStringList words = c.name.split(u' ');
        if (words.size() <= args.size() && std::equal(words.begin(), words.end(), args.begin()) && words.size() > matchWords) {
            match = &c;
            matchWords = words.size();
        }
    }
    if (!match)
        return ctx.usage(CliMainTr::tr("Unknown command \"%1\".").arg(args.join(u' ')));
    try {
        return match->run(ctx, args.mid(matchWords));
    } catch (const std::exception& e) {
        return ctx.fail({ErrorCode::Internal, CliMainTr::tr("Internal error: %1").arg(QString::fromUtf8(e.what()))});
    }
}
