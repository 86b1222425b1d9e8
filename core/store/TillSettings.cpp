#include "store/TillSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace patron {

TillSettings::TillSettings(const QString& path)
{
    if (path.isEmpty())
        m_s = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                          QStringLiteral("Patron"), QStringLiteral("till"));
    else
        m_s = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QString TillSettings::language() const { return m_s->value(QStringLiteral("ui/language")).toString(); }
void TillSettings::setLanguage(const QString& lang) { m_s->setValue(QStringLiteral("ui/language"), lang); }
QString TillSettings::dataDir() const { return m_s->value(QStringLiteral("store/dataDir")).toString(); }
void TillSettings::setDataDir(const QString& dir) { m_s->setValue(QStringLiteral("store/dataDir"), dir); }
QString TillSettings::printerUri() const { return m_s->value(QStringLiteral("printer/uri")).toString(); }
void TillSettings::setPrinterUri(const QString& uri) { m_s->setValue(QStringLiteral("printer/uri"), uri); }
int TillSettings::paperColumns() const
{
    const int c = m_s->value(QStringLiteral("printer/columns"), 48).toInt();
    return c == 32 ? 32 : 48;
}
void TillSettings::setPaperColumns(int columns) { m_s->setValue(QStringLiteral("printer/columns"), columns); }
bool TillSettings::useKeychain() const { return m_s->value(QStringLiteral("store/useKeychain"), false).toBool(); }
void TillSettings::setUseKeychain(bool on) { m_s->setValue(QStringLiteral("store/useKeychain"), on); }
QVariant TillSettings::value(const QString& key, const QVariant& fallback) const { return m_s->value(key, fallback); }
void TillSettings::setValue(const QString& key, const QVariant& value) { m_s->setValue(key, value); }
QString TillSettings::fileName() const { return m_s->fileName(); }
void TillSettings::sync() { m_s->sync(); }

QString defaultDataDir()
{
    const QString env = qEnvironmentVariable("PATRON_DATA_DIR");
    if (!env.isEmpty())
        return env;
    const QString fromSettings = TillSettings().dataDir();
    if (!fromSettings.isEmpty())
        return fromSettings;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Patron/store"));
}

} // namespace patron
