#include "hq/HqSchema.h"

#include "hq/HqSchemaSteps.h"
#include "hq/PgConnection.h"
#include "hq/PgTransaction.h"

#include <QCoreApplication>

#include <vector>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct HqSchemaTr {
    Q_DECLARE_TR_FUNCTIONS(patron::HqSchema)
};

namespace {

struct HqStep {
    int version;
    const char* name;
    std::vector<const char*> scripts;
};

const std::vector<HqStep>& steps()
{
    static const std::vector<HqStep> all = {
        {1, "stores, tills, events, sales, members, ledgers, catalog, change log",
         {hqsql::v1Tables(), hqsql::v1Appliers(), hqsql::v1TillApi(), hqsql::v1Admin()}},
        {2, "stored-value reservations", {hqsql::v2Reservations()}},
        {3, "a till's own ledger entries and receipt numbers for a re-pull", {hqsql::v3OwnHistory()}},
        {4, "duplicate members merged; event formats as a table", {hqsql::v4MemberMerge()}},
        {5, "a till releases the stored-value hold of a sale that did not complete", {hqsql::v5ReleaseHold()}},
        {6, "another store's sale returned online; returned quantities held chain-wide; a till's own sales re-pulled",
         {hqsql::v6SaleReturns()}},
        {7, "a committed return's hold lasts until its event arrives", {hqsql::v7ConfirmReturn()}},
        {8, "another till's receipt handed over only with its total, look-ups logged and limited; holds kept a day",
         {hqsql::v8ReceiptCheck()}},
        {9, "shifts from their open; a till's own shifts and another store's sales it returned, re-pulled",
         {hqsql::v9RepullShifts()}},
        {10, "a shift's cash in and out and a till's day closes kept, and handed back to the till restored",
         {hqsql::v10DrawerAndDay()}},
    };
    return all;
}
} // namespace

int HqSchema::latestVersion() { return steps().back().version; }

Result<int> HqSchema::currentVersion(PgConnection& conn)
{
    auto exists = conn.exec("SELECT to_regclass('hq.schema_migrations') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (!exists->boolean(0, 0))
        return 0;
    auto v = conn.exec("SELECT coalesce(max(version), 0) FROM hq.schema_migrations");
    if (!v)
        return v.error();
    return int(v->int64(0, 0));
}

Result<HqSchemaReport> HqSchema::install(PgConnection& conn)
{
    PgTransaction tx(conn);
    PATRON_TRY(tx.begin());
    // Two administrators running init at once queue here instead of racing on CREATE.
    PATRON_TRY(conn.exec("SELECT pg_advisory_xact_lock(hashtextextended('patron.hq.schema', 0))"));
    PATRON_TRY(conn.execScript("CREATE SCHEMA IF NOT EXISTS hq;"
                               "CREATE TABLE IF NOT EXISTS hq.schema_migrations ("
                               "  version int PRIMARY KEY, name text NOT NULL,"
                               "  applied_at timestamptz NOT NULL DEFAULT now())"));
    auto current = currentVersion(conn);
    if (!current)
        return current.error();
    HqSchemaReport report{*current, *current};
    if (*current > latestVersion())
        return makeError(ErrorCode::StoreTooNew,
                         HqSchemaTr::tr("Head office has schema version %1; this program knows up to %2. Upgrade Patron first.")
                             .arg(*current)
                             .arg(latestVersion()));
    for (const HqStep& step : steps()) {
        if (step.version <= *current)
            continue;
        for (const char* sql : step.scripts)
            PATRON_TRY(conn.execScript(sql));
        PATRON_TRY((conn.exec("INSERT INTO hq.schema_migrations(version, name) VALUES ($1, $2)",
                              {step.version, step.name})));
        report.toVersion = step.version;
    }
    // Functions created by a step start out executable by PUBLIC; tighten after every install.
    PATRON_TRY(conn.execScript(hqsql::grants()));
    PATRON_TRY(tx.commit());
    return report;
}

} // namespace patron
