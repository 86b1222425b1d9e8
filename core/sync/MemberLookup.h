#pragma once
// A member this till does not know, looked up at head office by mobile or card number (a
// customer of another store at the counter) and cached here with their points and stored-value
// ledgers. From then on head office sends this till the member's changes. The rows go through
// the pull inbox to the same handlers as pulled changes, so a member already known is merged
// by HLC and entries already held are not counted twice.

#include "common/Result.h"
#include "common/Uuid.h"

#include <QList>
#include <QString>

namespace patron {

class Database;
class HqClient;
class PullInbox;

class MemberLookup {
public:
    // `inbox` has the pull handlers installed (PullHandlers::install).
    MemberLookup(Database& db, PullInbox& inbox) : m_db(db), m_inbox(inbox) {}

    // The UUIDs of the members found (none: an empty list), now held locally.
    Result<QList<Uuid>> fetch(HqClient& client, const QString& mobileOrCard);

private:
    Database& m_db;
    PullInbox& m_inbox;
};

} // namespace patron
