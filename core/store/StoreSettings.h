#pragma once
// Settings that belong to the store and travel with its backups (receipt texts, rounding,
// loyalty rules, business-day cut-off). Per-till settings needed before unlock are TillSettings.

#include "store/SettingsSnapshot.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace patron {

class Database;
class Clock;

class StoreSettings {
public:
    StoreSettings(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    std::optional<QString> value(const QString& key) const;
    QString text(const QString& key, const QString& fallback = {}) const;
    qint64 integer(const QString& key, qint64 fallback) const;
    // The given keys' values as of now, read with one statement (per twelve keys): for code that
    // needs several settings at once, such as every sale (SalesSettings, SyncConfig).
    SettingsSnapshot read(const QStringList& keys) const;
    // Writes inside the caller's transaction when there is one, else in its own.
    void set(const QString& key, const QString& value);
    void setInteger(const QString& key, qint64 value) { set(key, QString::number(value)); }

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace patron
