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
    bool ok = false;
    const qint64 v = text(key).toLongLong(&ok);
    return ok ? v : fallback;
}

void StoreSettings::set(const QString& key, const QString& value)
{
    m_db.execute("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, ?)", key, value,
                 isoWithOffset(m_clock.now()));
}

} // namespace patron
