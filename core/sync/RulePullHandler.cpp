#include "sync/RulePullHandler.h"

#include "hq/HqClient.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace patron {

void RulePullHandler::apply(Database& db, const PulledChange& change)
{
    const QString key = QStringLiteral("hq.rule.") + change.key;
    if (change.deleted) {
        db.execute("DELETE FROM settings WHERE key = ?", key);
        return;
    }
    // Wrapped in an array so a scalar rule value is valid JSON text on its own line too.
    const QString value = QString::fromUtf8(
        QJsonDocument(QJsonArray{change.data.value(QStringLiteral("value"))}).toJson(QJsonDocument::Compact));
    db.execute("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, ?)", key, value,
               change.data.value(QStringLiteral("updated_at")).toString());
}

} // namespace patron
