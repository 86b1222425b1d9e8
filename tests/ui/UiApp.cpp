#include "UiApp.h"

#include "common/Style.h"
#include "i18n.h"

#include <QApplication>
#include <QDir>
#include <QTranslator>
#include <QWidget>

namespace patron::test {

namespace {
int g_argc = 1;
char g_arg0[] = "test_ui";
char* g_argv[] = {g_arg0, nullptr};
} // namespace

void ensureApp()
{
    if (QApplication::instance())
        return;
    auto* app = new QApplication(g_argc, g_argv);  // lives for the whole test run
    QApplication::setOrganizationName(QStringLiteral("PatronTest"));
    ui::applyTillStyle(*app);
}

void useLanguage(const QString& lang)
{
    ensureApp();
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslations(lang);
}

void maybeScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("PATRON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace patron::test
