#pragma once
// Where this till's head office is and how to reach it. Kept in the encrypted store's settings
// (the DSN holds the till's password), never in the plain INI file.

#include "common/Result.h"
#include "hq/PgConnectInfo.h"

#include <QStringList>

#include <optional>

namespace patron {

class SettingsSnapshot;
class StoreSettings;

class SyncConfig {
public:
    explicit SyncConfig(StoreSettings& settings) : m_settings(settings) {}

    // Empty when the till has not been joined to a head office. Reads keys() with one statement.
    std::optional<PgConnectInfo> connectInfo() const;
    // The same from settings read beforehand with keys() among them (checkout reads them with
    // the sales settings in one statement).
    static std::optional<PgConnectInfo> connectInfoFrom(const SettingsSnapshot& settings);
    static const QStringList& keys();
    // Validates and stores. sslmode defaults to verify-full: a till talks to head office over
    // the shop's network and must know it is talking to the real one.
    Result<void> save(PgConnectInfo info);
    void clear();

private:
    StoreSettings& m_settings;
};

} // namespace patron
