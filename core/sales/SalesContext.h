#pragma once
// The collaborators every selling service needs, passed in once. Owned by the caller (the till
// session, patron-cli, a test).

#include "store/Store.h"

namespace patron {

class AuditLog;
class Clock;
class Database;
class LoyaltyPort;
class Outbox;
class ProductCatalog;

struct SalesContext {
    Database& db;
    const Clock& clock;
    AuditLog& audit;
    Outbox& outbox;
    ProductCatalog& catalog;
    LoyaltyPort& loyalty;
    StoreIdentity identity;
    qint64 receiptEpoch = 1;
};

} // namespace patron
