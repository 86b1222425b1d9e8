#include "store/SettingsSnapshot.h"

namespace patron {

std::optional<QString> SettingsSnapshot::value(const QString& key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QString SettingsSnapshot::text(const QString& key, const QString& fallback) const
{
    return value(key).value_or(fallback);
}

qint64 SettingsSnapshot::integer(const QString& key, qint64 fallback) const
{
    return toInteger(value(key), fallback);
}

qint64 SettingsSnapshot::toInteger(const std::optional<QString>& text, qint64 fallback)
{
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    return ok ? v : fallback;
}

} // namespace patron
