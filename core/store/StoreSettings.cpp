#include "store/StoreSettings.h"

#include "common/Clock.h"
#include "store/Database.h"

namespace patron {

std::optional<QString> StoreSettings::value(const QString& key) const
{
    Statement s = m_db.cached("SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    if (s.step())
        return s.text(0);
    return std::nullopt;
}

QString StoreSettings::text(const QString& key, const QString& fallback) const
{
    return value(key).value_or(fallback);
}

qint64 StoreSettings::integer(const QString& key, qint64 fallback) const
{
    return SettingsSnapshot::toInteger(value(key), fallback);
}

SettingsSnapshot StoreSettings::read(const QStringList& keys) const
{
    // A fixed number of slots keeps the statement prepared once for the connection's life; the
    // slots left over are NULL, which `key IN (...)` never matches.
    constexpr int kSlots = 12;
    Statement s = m_db.cached("SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QHash<QString, QString> values;
    values.reserve(keys.size());
    for (qsizetype first = 0; first < keys.size(); first += kSlots) {
        s.reset();
        for (int slot = 0; slot < kSlots; ++slot) {
            if (first + slot < keys.size())
                s.bind(1 + slot, keys[first + slot]);
            else
                s.bindNull(1 + slot);
        }
        while (s.step())
            values.insert(s.text(0), s.text(1));
    }
    s.reset();
    return SettingsSnapshot(std::move(values));
}

void StoreSettings::set(const QString& key, const QString& value)
{
    m_db.execute("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, ?)", key, value,
                 isoWithOffset(m_clock.now()));
}

} // namespace patron
