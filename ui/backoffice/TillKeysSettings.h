#pragma once
// TillKeysSettings: saving the store's till keys (TillKeyMap) as one settings action: the
// manager's right checked (catalog editing, the right that arranges the quick keys too), the map checked (no key twice, none the scanner needs), then the map
// and an audit record naming each changed key in one transaction.

#include "auth/UserService.h"
#include "common/Result.h"
#include "till/TillKeyMap.h"

namespace patron {
class AuditLog;
class Database;
class StoreSettings;
}

namespace patron::ui {

class TillKeysSettings {
public:
    TillKeysSettings(Database& db, StoreSettings& settings, AuditLog& audit)
        : m_db(db), m_settings(settings), m_audit(audit) {}

    TillKeyMap load(QStringList* problems = nullptr) const;
    Result<void> save(const Session& actor, const TillKeyMap& keys);

private:
    Database& m_db;
    StoreSettings& m_settings;
    AuditLog& m_audit;
};

} // namespace patron::ui
