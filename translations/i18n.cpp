#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// Q_INIT_RESOURCE must be used outside any namespace: the resource lives in a static library,
// and this keeps the linker from dropping it.
static void initTranslationResources() { Q_INIT_RESOURCE(patron_i18n_translations); }

namespace patron {

QString installTranslations(const QString& preferred)
{
    initTranslationResources();
    QString lang = preferred;
    if (lang.isEmpty()) {
        const QLocale system;
        lang = system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    if (lang != u"zh_CN")
        lang = QStringLiteral("en");
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/patron_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace patron
