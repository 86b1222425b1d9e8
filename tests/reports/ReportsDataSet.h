#pragma once
// A small shop's history made with the real engines (catalog, members, cart and checkout), for
// the reports tests. Every figure the tests expect is worked out by hand in ReportsDataSet.cpp.

#include "TempStore.h"
#include "TestEnv.h"

#include "catalog/ProductCatalog.h"
#include "members/MembersLoyalty.h"
#include "members/MembersModule.h"
#include "sales/SalesContext.h"
#include "sales/Tender.h"

namespace patron::test {

class ReportsDataSet {
public:
    // Builds the history; the clock ends at 2026-04-02 12:00 +08:00. `admin` may do everything.
    ReportsDataSet(Database& db, ManualClock& clock, AuditLog& audit, Outbox& outbox, const Session& admin,
                   const StoreIdentity& identity);
    explicit ReportsDataSet(TempStore& ts)
        : ReportsDataSet(ts.db(), ts.clock(), ts.audit(), ts.outbox(), ts.admin(), ts.store().identity()) {}

    ManualClock& clock;
    MembersModule members;
    MembersLoyalty loyalty;
    ProductCatalog catalog;
    SalesContext ctx;
    qint64 m1 = 0, m2 = 0, m3 = 0;
    qint64 cola = 0, chips = 0, water = 0;

private:
    void at(int month, int day, int hour, int minute = 0);
    void sell(const Session& cashier, std::optional<qint64> member, const QList<std::pair<qint64, qint64>>& items,
              const TenderInput& tender);
};

} // namespace patron::test
