// patron: the till. Options: --demo (open the demo store), --data-dir DIR, --lang zh_CN|en.

#include "common/BusyRunner.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/Style.h"
#include "demo/DemoStore.h"
#include "i18n.h"
#include "shell/MainWindow.h"
#include "shell/StoreOpener.h"
#include "store/SecretStore.h"
#include "store/TillSettings.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace patron;

int main(int argc, char** argv)
{
    pinLocalTimeZone();  // before any thread: local-time conversions stop re-reading the zone
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Patron"));
    QApplication::setApplicationName(QStringLiteral("patron"));
    QApplication::setApplicationVersion(QStringLiteral(PATRON_VERSION));

    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("patron::till", "Open the demo store (created on first use)."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QCoreApplication::translate("patron::till", "The store's data folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("patron::till", "Language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    cli.addOptions({demo, dataDir, lang});
    cli.process(app);

    TillSettings settings;
    installTranslations(cli.isSet(lang) ? cli.value(lang) : settings.language());
    ui::applyTillStyle(app);

    auto clock = systemClock();
    const std::unique_ptr<SecretStore> keychain = makeOsSecretStore();
    ui::BusyRunner busy;
    ui::StoreOpener opener(cli.isSet(dataDir) ? cli.value(dataDir) : defaultDataDir(), keychain.get(), *clock, &busy);
    ui::QtDialogs dialogs;
    ui::MainWindowOptions options;
    options.demo = cli.isSet(demo);
    options.demoDir = cli.isSet(dataDir) && options.demo ? cli.value(dataDir) : DemoStore::defaultDir();
    ui::MainWindow window(opener, dialogs, settings, clock, options);
    window.resize(1280, 800);
    window.show();
    window.start();
    return app.exec();
}
