#pragma once
// A set of store settings read together with one statement (StoreSettings::read): the values a
// business action uses all come from the same moment, and reading six settings costs one query
// instead of six. Missing keys answer with the caller's fallback, as StoreSettings does.

#include <QHash>
#include <QString>

#include <optional>

namespace patron {

class SettingsSnapshot {
public:
    SettingsSnapshot() = default;
    explicit SettingsSnapshot(QHash<QString, QString> values) : m_values(std::move(values)) {}

    std::optional<QString> value(const QString& key) const;
    QString text(const QString& key, const QString& fallback = {}) const;
    qint64 integer(const QString& key, qint64 fallback) const;

    // The integer a stored setting's text holds, or the fallback when it holds none (shared with
    // StoreSettings, so both read "12abc" the same way).
    static qint64 toInteger(const std::optional<QString>& text, qint64 fallback);

private:
    QHash<QString, QString> m_values;
};

} // namespace patron
