// Patron's schema history. Each step is applied once, in its own transaction, in order; a step
// that has shipped is never edited: change the schema by appending a step.
// SQL is written for SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, window functions or JSON1.

#include "auth/AuditFacetsSchema.h"
#include "auth/AuditLogRebuild.h"
#include "auth/Permissions.h"
#include "catalog/CatalogSchema.h"
#include "sales/ForeignSaleSchema.h"
#include "sales/SalesSchema.h"
#include "members/MemberSaleIndexesSchema.h"
#include "members/MemberMergeSchema.h"
#include "members/MemberTriggersSchema.h"
#include "members/MemberReportsSchema.h"
#include "members/PulledRowsSchema.h"
#include "members/MembersSchema.h"
#include "hq/SyncSchema.h"
#include "sync/ReturnHoldSchema.h"
#include "store/Database.h"
#include "store/Migrations.h"

namespace patron {

namespace {

void v1Foundation(Database& db)
{
    db.exec(R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Store-wide settings (receipt texts, rounding, loyalty rules, business-day cut-off).
-- Per-till settings needed before unlock live outside the store, in an INI file.
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE users (
  id                  INTEGER PRIMARY KEY,
  uuid                BLOB NOT NULL UNIQUE,
  name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name        TEXT NOT NULL,
  role                TEXT NOT NULL CHECK (role IN ('cashier','supervisor','manager','admin')),
  pin_hash            TEXT NOT NULL,
  failed_attempts     INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms     INTEGER NOT NULL DEFAULT 0,
  locked              INTEGER NOT NULL DEFAULT 0,
  disabled            INTEGER NOT NULL DEFAULT 0,
  created_at          TEXT NOT NULL
);

CREATE TABLE role_permissions (
  role       TEXT NOT NULL,
  permission TEXT NOT NULL,
  PRIMARY KEY (role, permission)
) WITHOUT ROWID;

-- Hash chain: hash = SHA-256(prev_hash || canonical record). verify() walks it in id order.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  uuid       BLOB NOT NULL UNIQUE,
  at         TEXT NOT NULL,
  user_name  TEXT NOT NULL,
  action     TEXT NOT NULL,
  subject    TEXT NOT NULL,
  details    TEXT NOT NULL,
  prev_hash  BLOB NOT NULL,
  hash       BLOB NOT NULL
);

-- Everything head office must learn, written in the same transaction as the change.
CREATE TABLE outbox (
  id          INTEGER PRIMARY KEY,
  uuid        BLOB NOT NULL UNIQUE,
  type        TEXT NOT NULL,
  version     INTEGER NOT NULL,
  hlc         TEXT NOT NULL,
  store_code  TEXT NOT NULL,
  till_code   TEXT NOT NULL,
  payload     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  pushed_at   TEXT
);
CREATE INDEX outbox_pending ON outbox(id) WHERE pushed_at IS NULL;
)sql");
    Statement grant = db.prepare("INSERT INTO role_permissions(role, permission) VALUES (?, ?)");
    for (Role role : {Role::Cashier, Role::Supervisor, Role::Manager, Role::Admin}) {
        for (const QString& p : defaultPermissions(role)) {
            grant.reset();
            grant.bindAll(roleName(role), p);
            grant.run();
        }
    }
}

void v17FewerPagesPerSale(Database& db)
{
    receiptCountersInMeta(db);
    lineAndPaymentUuidsNotUnique(db);
    // outbox_pending (every pending event's id) cost each business action a page of its own, only
    // so the sync worker finds what to push: the Outbox now reads on from a mark in meta (every
    // event up to it pushed; see sync/Outbox.cpp). The two pending lookups by type (the returns and
    // the stored-value entries head office does not have yet) keep an index that holds only their
    // two types: `pushed_at IS NULL AND type = '…'` is what SQLite needs to use it, and a sale's
    // event never enters it.
    db.exec(R"sql(
INSERT INTO meta(key, value)
  SELECT 'outbox_pushed_through', coalesce((SELECT min(id) FROM outbox WHERE pushed_at IS NULL) - 1, (SELECT max(id) FROM outbox), 0);
CREATE INDEX outbox_pending_claims ON outbox(id)
  WHERE pushed_at IS NULL AND (type = 'sale.returned' OR type = 'wallet.entry');
DROP INDEX outbox_pending;
)sql");
}

} // namespace

const std::vector<Migration>& patronMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "foundation: meta, settings, users, roles, audit chain, outbox", v1Foundation},
        {2, "catalog: categories, products, barcodes, search index, quick keys", catalogSchema},
        {3, "sales: carts, promotions, sales, payments, shifts, Z reports, summaries", salesSchema},
        {4, "members: profiles, tiers, points, stored value, coupons, count cards", membersSchema},
        {5, "sync: state, log, clock drift, head-office inbox", syncSchema},
        {6, "sales: indexes for the drawer's expected cash and the day's voids", salesReportIndexes},
        {7, "catalog: search index ranked by name length and SKU, name-prefix terms", productTermsRankKey},
        {8, "sales: product-month summary keyed by product, so rankings group without sorting", productMonthByProduct},
        {9, "sales: per-day summaries in one table, product-month summary rolled up after the sale", summariesInFewerPages},
        {10, "catalog: scheduled price changes and price history", priceSchedule},
        {11, "members: merged-into link and the name index the duplicate finder uses", memberMergeSchema},
        {12, "members: merged_into, for duplicates head office merged", syncMergedMembers},
        {13, "members: per-tier totals and joins kept by triggers, an index of active birthdays",
         memberReportSummaries},
        {14, "sales: copies of other stores' sales for returns, quantities returned elsewhere", foreignSaleSchema},
        {15, "catalog: initials-prefix terms, so an initials search reads its products in rank order", initialsHeadTerms},
        {16, "sales: the drawer's cash per shift as a summary row, refunds counted apart per tender, two sale indexes dropped",
         shiftCashInSummaries},
        {17, "fewer pages per sale: the receipt counter in meta, pending outbox events read on from a mark, "
             "sale lines' and payments' uuids no longer UNIQUE (two table rebuilds)",
         v17FewerPagesPerSale, true},
        {18, "sync: the journal of return holds asked of head office, settled by the sync worker", returnHoldSchema},
        {19, "members: member rows and ledger entries pulled from head office marked, so this till's figures leave them out",
         pulledRowsSchema},
        {20, "audit: a partial index of voids and a facets table instead of the (action, at) index every sale wrote",
         auditFacetsSchema},
        {21, "audit: the facets kept by the audit log itself, so an audit record needs no statement journal",
         auditFacetsWithoutTrigger},
        {22, "audit: the log rebuilt without UNIQUE(uuid), a b-tree every record appended to and nothing read",
         auditLogWithoutUniqueUuid},
        {23, "sales: each line's shares of its sale's payments on the line row, sale_line_tenders dropped (a table rebuild)",
         lineSharesOnLines, true},
        {24, "members: summary triggers without conflict clauses, so a member's sale needs no statement journal",
         memberTriggersWithoutConflictClauses},
        {25, "members: the birthday index made plain and the RFM index keyed by member, so a member's sale "
             "rewrites no birthday entry and its RFM entry where it is",
         memberSaleIndexesInPlace},
    };
    return steps;
}

} // namespace patron
