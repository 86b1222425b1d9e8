#pragma once
// Where a pulled ledger entry was made. Head office sends every entry of the members a till
// serves, including the till's own ones handed back after a restore; only the others are marked
// pulled (schema step 19), so the till's own figures count what it did itself.

#include <QJsonObject>
#include <QString>

namespace patron {

class Database;

// "STORE/TILL" from a pulled entry's store_code and till_code: what the till keeps as the
// entry's origin (a wallet entry's ref, a points entry's reason).
QString pulledOrigin(const QJsonObject& entry);

// True unless `origin` is this till's own "STORE/TILL".
bool madeByAnotherTill(Database& db, const QString& origin);

} // namespace patron
