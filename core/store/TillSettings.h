#pragma once
// Per-till settings needed before the store is unlocked: language, data location, printer,
// scanner, display. An INI file outside the store, because they are read before any key exists.

#include <QSettings>
#include <QString>

#include <memory>

namespace patron {

class TillSettings {
public:
    // The INI file at `path`, or the platform's per-user location when empty.
    explicit TillSettings(const QString& path = {});

    QString language() const;  // "" = follow the system locale; else "zh_CN", "en"
    void setLanguage(const QString& lang);
    QString dataDir() const;   // "" = the platform's app-data location
    void setDataDir(const QString& dir);
    QString printerUri() const;
    void setPrinterUri(const QString& uri);
    int paperColumns() const;  // 32 (58 mm) or 48 (80 mm)
    void setPaperColumns(int columns);
    bool useKeychain() const;
    void setUseKeychain(bool on);

    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& value);
    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_s;
};

// Where a store lives when nothing says otherwise: --data-dir, else PATRON_DATA_DIR, else the
// till setting, else the platform's app-data location.
QString defaultDataDir();

} // namespace patron
