#include "backoffice/TillKeysSettings.h"

#include "auth/AuditLog.h"
#include "auth/Permissions.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace patron::ui {

struct TillKeysSettingsTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ui::TillKeysSettings)
};

TillKeyMap TillKeysSettings::load(QStringList* problems) const { return TillKeyMap::load(m_settings, problems); }

Result<void> TillKeysSettings::save(const Session& actor, const TillKeyMap& keys)
{
    if (!actor.can(perm::CatalogEdit))
        return makeError(ErrorCode::PermissionDenied,
                         TillKeysSettingsTr::tr("%1 may not change the till keys.").arg(actor.userName));
    PATRON_TRY(keys.validate());
    const TillKeyMap before = load();
    // The audit record says what moved: {"pay": "F9 -> F12"}, in the portable (English) key names.
    QJsonObject changed;
    for (TillAction action : TillKeyMap::actions())
        if (before.key(action) != keys.key(action))
            changed.insert(TillKeyMap::id(action), QStringLiteral("%1 -> %2").arg(
                                                       before.key(action).toString(QKeySequence::PortableText),
                                                       keys.key(action).toString(QKeySequence::PortableText)));
    return guarded([&] {
        Transaction tx(m_db);
        keys.save(m_settings);
        m_audit.append(actor.userName, QStringLiteral("settings.till_keys"), QStringLiteral("till/keys"),
                       {{QStringLiteral("changed"), changed}});
        tx.commit();
    });
}

} // namespace patron::ui
