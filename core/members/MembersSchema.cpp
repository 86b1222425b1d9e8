#include "members/MembersSchema.h"

#include "store/Database.h"

namespace patron {

// Times that are compared (expiry, windows, recency) are INTEGER Unix milliseconds (*_ms); a
// text ISO time with an offset does not sort across offsets. Dates are 'YYYY-MM-DD' local.
void membersSchema(Database& db)
{
    db.exec(R"sql(
CREATE TABLE members (
  id                  INTEGER PRIMARY KEY,
  uuid                BLOB NOT NULL UNIQUE,
  name                TEXT NOT NULL,
  mobile              TEXT UNIQUE,
  mobile_last4        TEXT,
  card_no             TEXT UNIQUE,
  gender              TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'f', 'm')),
  birthday            TEXT,
  birth_mmdd          INTEGER,
  email               TEXT NOT NULL DEFAULT '',
  region              TEXT NOT NULL DEFAULT '',
  tags                TEXT NOT NULL DEFAULT '',
  notes               TEXT NOT NULL DEFAULT '',
  joined_ms           INTEGER NOT NULL,
  home_store          TEXT NOT NULL,
  referrer_id         INTEGER REFERENCES members(id),
  status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'erased')),
  consent_sms         INTEGER NOT NULL DEFAULT 0,
  consent_sms_ms      INTEGER,
  consent_email       INTEGER NOT NULL DEFAULT 0,
  consent_email_ms    INTEGER,
  pay_pin_hash        TEXT,
  tier_code           TEXT NOT NULL,
  tier_since_ms       INTEGER NOT NULL,
  tier_expires_ms     INTEGER,
  points_balance      INTEGER NOT NULL DEFAULT 0,
  wallet_principal_minor INTEGER NOT NULL DEFAULT 0,
  wallet_bonus_minor  INTEGER NOT NULL DEFAULT 0,
  last_visit_ms       INTEGER,
  visits              INTEGER NOT NULL DEFAULT 0,
  spend_minor         INTEGER NOT NULL DEFAULT 0,
  hlc                 TEXT NOT NULL,
  updated_ms          INTEGER NOT NULL
);
CREATE INDEX members_last4 ON members(mobile_last4);
CREATE INDEX members_birth ON members(birth_mmdd);
-- Reports over every member read narrow covering indexes, not the wide encrypted rows: the RFM
-- pass over a million members takes ~0.2 s this way and ~16 s through the table.
CREATE INDEX members_rfm ON members(visits, last_visit_ms, spend_minor, status);
CREATE INDEX members_tier ON members(tier_code, status);
CREATE INDEX members_joined ON members(joined_ms);
CREATE INDEX members_wallet ON members(wallet_principal_minor, wallet_bonus_minor)
  WHERE wallet_principal_minor <> 0 OR wallet_bonus_minor <> 0;
CREATE INDEX members_negative_points ON members(points_balance) WHERE points_balance < 0;
CREATE INDEX members_tier_expiry ON members(tier_expires_ms) WHERE tier_expires_ms IS NOT NULL;

-- Chinese substring search: every character and every pair of adjacent characters of a name,
-- lower-cased. A query looks up one gram and confirms with LIKE on the few members it names.
CREATE TABLE member_name_grams (
  gram      TEXT NOT NULL,
  member_id INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (gram, member_id)
) WITHOUT ROWID;

-- Pinyin initials of the name, every reading of a polyphone (长 is c and z).
CREATE TABLE member_initials (
  initials  TEXT NOT NULL,
  member_id INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (initials, member_id)
) WITHOUT ROWID;

-- Per member and local day, kept by recordPurchase/recordReturn: rolling spend for tiers.
CREATE TABLE member_activity_days (
  member_id   INTEGER NOT NULL REFERENCES members(id),
  day         TEXT NOT NULL,
  visits      INTEGER NOT NULL DEFAULT 0,
  spend_minor INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (member_id, day)
) WITHOUT ROWID;

CREATE TABLE tier_changes (
  id         INTEGER PRIMARY KEY,
  uuid       BLOB NOT NULL UNIQUE,
  member_id  INTEGER NOT NULL REFERENCES members(id),
  from_tier  TEXT NOT NULL,
  to_tier    TEXT NOT NULL,
  reason     TEXT NOT NULL,
  at_ms      INTEGER NOT NULL,
  expires_ms INTEGER
);
CREATE INDEX tier_changes_member ON tier_changes(member_id, id);

-- Points: append-only. A positive entry is a lot; `remaining` is what is left of it for FIFO
-- consumption. A negative entry's `unsettled` is the part no lot covered (balance below zero),
-- paid off by the next lot. Invariant: balance = sum(amount) = sum(remaining) - sum(unsettled).
CREATE TABLE points_entries (
  id          INTEGER PRIMARY KEY,
  uuid        BLOB NOT NULL UNIQUE,
  member_id   INTEGER NOT NULL REFERENCES members(id),
  kind        TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'expire', 'adjust', 'reverse')),
  amount      INTEGER NOT NULL,
  remaining   INTEGER NOT NULL DEFAULT 0,
  unsettled   INTEGER NOT NULL DEFAULT 0,
  sale_uuid   BLOB,
  reverses    TEXT,
  value_minor INTEGER NOT NULL DEFAULT 0,
  reason      TEXT NOT NULL DEFAULT '',
  user_name   TEXT NOT NULL DEFAULT '',
  created_ms  INTEGER NOT NULL,
  expires_ms  INTEGER
);
CREATE INDEX points_member ON points_entries(member_id, id);
CREATE INDEX points_lots ON points_entries(member_id, expires_ms, id) WHERE remaining > 0;
CREATE INDEX points_expiring ON points_entries(expires_ms) WHERE remaining > 0;
CREATE INDEX points_unsettled ON points_entries(member_id, id) WHERE unsettled > 0;
CREATE INDEX points_sale ON points_entries(sale_uuid) WHERE sale_uuid IS NOT NULL;

-- Which lots a debit consumed, so a reversed redemption goes back into the same lots.
CREATE TABLE points_consumption (
  debit_id INTEGER NOT NULL REFERENCES points_entries(id),
  lot_id   INTEGER NOT NULL REFERENCES points_entries(id),
  points   INTEGER NOT NULL,
  PRIMARY KEY (debit_id, lot_id)
) WITHOUT ROWID;

CREATE TABLE gift_stock (
  code  TEXT PRIMARY KEY,
  stock INTEGER NOT NULL
);

-- Stored value: principal (本金) and bonus (赠送) are kept apart in every entry.
CREATE TABLE wallet_entries (
  id              INTEGER PRIMARY KEY,
  uuid            BLOB NOT NULL UNIQUE,
  member_id       INTEGER NOT NULL REFERENCES members(id),
  kind            TEXT NOT NULL CHECK (kind IN ('topup', 'spend', 'refund', 'topup_refund')),
  principal_minor INTEGER NOT NULL,
  bonus_minor     INTEGER NOT NULL,
  cash_minor      INTEGER NOT NULL DEFAULT 0,
  tender_code     TEXT NOT NULL DEFAULT '',
  ref             TEXT NOT NULL DEFAULT '',
  sale_uuid       BLOB,
  source_id       INTEGER REFERENCES wallet_entries(id),
  user_name       TEXT NOT NULL DEFAULT '',
  created_ms      INTEGER NOT NULL
);
CREATE INDEX wallet_member ON wallet_entries(member_id, id);
CREATE INDEX wallet_sale ON wallet_entries(sale_uuid) WHERE sale_uuid IS NOT NULL;
CREATE INDEX wallet_source ON wallet_entries(source_id) WHERE source_id IS NOT NULL;

-- A coupon copies its template's terms when issued: later rule changes do not change it.
CREATE TABLE coupons (
  id                INTEGER PRIMARY KEY,
  uuid              BLOB NOT NULL UNIQUE,
  template_code     TEXT NOT NULL,
  name              TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('amount_off', 'percent_off', 'product')),
  value             INTEGER NOT NULL,
  threshold_minor   INTEGER NOT NULL DEFAULT 0,
  cap_minor         INTEGER NOT NULL DEFAULT 0,
  skus              TEXT NOT NULL DEFAULT '',
  restore_on_return INTEGER NOT NULL DEFAULT 0,
  member_id         INTEGER NOT NULL REFERENCES members(id),
  source            TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('issued', 'redeemed', 'void')),
  issued_ms         INTEGER NOT NULL,
  expires_ms        INTEGER,
  sale_uuid         BLOB,
  discount_minor    INTEGER NOT NULL DEFAULT 0,
  redeemed_ms       INTEGER
);
CREATE INDEX coupons_member ON coupons(member_id, status);
CREATE INDEX coupons_sale ON coupons(sale_uuid) WHERE sale_uuid IS NOT NULL;

CREATE TABLE count_cards (
  id           INTEGER PRIMARY KEY,
  uuid         BLOB NOT NULL UNIQUE,
  member_id    INTEGER NOT NULL REFERENCES members(id),
  sku          TEXT NOT NULL,
  name         TEXT NOT NULL,
  total_uses   INTEGER NOT NULL CHECK (total_uses > 0),
  used         INTEGER NOT NULL DEFAULT 0,
  expires_ms   INTEGER,
  sale_uuid    BLOB,
  created_ms   INTEGER NOT NULL
);
CREATE INDEX count_cards_member ON count_cards(member_id);

CREATE TABLE count_card_uses (
  id        INTEGER PRIMARY KEY,
  uuid      BLOB NOT NULL UNIQUE,
  card_id   INTEGER NOT NULL REFERENCES count_cards(id),
  sale_uuid BLOB,
  user_name TEXT NOT NULL DEFAULT '',
  used_ms   INTEGER NOT NULL
);
CREATE INDEX count_card_uses_card ON count_card_uses(card_id);
)sql");
}

} // namespace patron
