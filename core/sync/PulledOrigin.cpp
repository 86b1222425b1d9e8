#include "sync/PulledOrigin.h"

#include "store/Database.h"

namespace patron {

QString pulledOrigin(const QJsonObject& entry)
{
    return entry.value(QStringLiteral("store_code")).toString() + u'/' + entry.value(QStringLiteral("till_code")).toString();
}

bool madeByAnotherTill(Database& db, const QString& origin)
{
    const QString own = db.queryText("SELECT value FROM meta WHERE key = 'store_code'").value_or(QString()) + u'/' +
                        db.queryText("SELECT value FROM meta WHERE key = 'till_code'").value_or(QString());
    return origin.compare(own, Qt::CaseInsensitive) != 0;
}

} // namespace patron
