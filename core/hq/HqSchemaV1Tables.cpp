// Head-office schema version 1: tables. Every row that came from a till is keyed by the UUID the
// till gave it, so applying the same event twice changes nothing.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v1Tables()
{
    return R"sql(
-- Till roles are cluster-wide, databases are not: the prefix keeps two head-office databases
-- in one cluster (production and training, or many test databases) from sharing role names.
CREATE FUNCTION hq.role_prefix() RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT 'patron_' || substr(md5(current_database()), 1, 8) $$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = hq.role_prefix() || '_tills') THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', hq.role_prefix() || '_tills');
  END IF;
END $$;

CREATE TABLE hq.config (
  key   text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO hq.config VALUES ('drift_warn_ms', '120000');

CREATE TABLE hq.stores (
  id         serial PRIMARY KEY,
  code       text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,16}$'),
  name       text NOT NULL CHECK (btrim(name) <> ''),
  store_uuid uuid,
  currency   text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hq.tills (
  id            serial PRIMARY KEY,
  store_id      int NOT NULL REFERENCES hq.stores(id),
  code          text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,16}$'),
  role_name     text NOT NULL UNIQUE,
  receipt_epoch int NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz,
  last_push_at  timestamptz,
  UNIQUE (store_id, code)
);

-- Every event ever pushed, whatever became of it: applied, or kept for a later upgrade.
CREATE TABLE hq.events (
  seq         bigserial PRIMARY KEY,
  uuid        uuid NOT NULL UNIQUE,
  till_id     int NOT NULL REFERENCES hq.tills(id),
  store_code  text NOT NULL,
  till_code   text NOT NULL,
  type        text NOT NULL,
  version     int NOT NULL,
  hlc         text NOT NULL,
  payload     jsonb NOT NULL,
  created_at  timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  status      text NOT NULL DEFAULT 'pending'
              CHECK (status IN ('pending', 'applied', 'unknown_type', 'unsupported_version', 'rejected')),
  problem     text
);
CREATE INDEX events_not_applied ON hq.events(status) WHERE status <> 'applied';
CREATE INDEX events_by_till ON hq.events(till_id, seq);

CREATE TABLE hq.staff (
  store_code   text NOT NULL,
  name         text NOT NULL,
  uuid         uuid,
  display_name text,
  role         text,
  disabled     boolean NOT NULL DEFAULT false,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store_code, name)
);

-- Members belong to the chain. field_hlc holds, per profile field, the HLC of the write that
-- set it: last writer wins field by field, compared as text in the C collation (the HLC's text
-- form sorts like the timestamp, node name last as the tie-break).
CREATE TABLE hq.members (
  uuid              uuid PRIMARY KEY,
  home_store        text NOT NULL,
  mobile            text,
  name              text,
  card_no           text,
  birthday          date,
  tier              text,
  marketing_consent boolean NOT NULL DEFAULT false,
  field_hlc         jsonb NOT NULL DEFAULT '{}',
  registered_at     timestamptz NOT NULL,
  erased_at         timestamptz
);
CREATE INDEX members_mobile ON hq.members(mobile) WHERE erased_at IS NULL;
CREATE INDEX members_card ON hq.members(card_no) WHERE erased_at IS NULL;

-- The members each till has served: their changes and other stores' ledger entries are pulled.
CREATE TABLE hq.till_members (
  till_id     int NOT NULL REFERENCES hq.tills(id),
  member_uuid uuid NOT NULL,
  PRIMARY KEY (till_id, member_uuid)
);

CREATE TABLE hq.sales (
  uuid           uuid PRIMARY KEY,
  event_uuid     uuid NOT NULL,
  store_code     text NOT NULL,
  till_code      text NOT NULL,
  receipt_no     text NOT NULL,
  business_day   date NOT NULL,
  sold_at        timestamptz NOT NULL,
  cashier        text,
  member_uuid    uuid,
  currency       text NOT NULL,
  subtotal_minor bigint NOT NULL,
  discount_minor bigint NOT NULL,
  total_minor    bigint NOT NULL,
  points_earned  bigint NOT NULL DEFAULT 0
);
CREATE INDEX sales_by_store_day ON hq.sales(store_code, business_day);

CREATE TABLE hq.sale_lines (
  uuid             uuid PRIMARY KEY,
  sale_uuid        uuid NOT NULL REFERENCES hq.sales(uuid),
  line_no          int NOT NULL,
  product_code     text,
  name             text NOT NULL,
  qty_milli        bigint NOT NULL,
  unit_price_minor bigint NOT NULL,
  discount_minor   bigint NOT NULL,
  total_minor      bigint NOT NULL,
  cost_minor       bigint,
  tax_rate_bp      int
);
CREATE INDEX sale_lines_by_sale ON hq.sale_lines(sale_uuid);

CREATE TABLE hq.payments (
  uuid         uuid PRIMARY KEY,
  sale_uuid    uuid NOT NULL REFERENCES hq.sales(uuid),
  tender       text NOT NULL,
  amount_minor bigint NOT NULL,
  reference    text
);
CREATE INDEX payments_by_sale ON hq.payments(sale_uuid);

CREATE TABLE hq.returns (
  uuid        uuid PRIMARY KEY,
  event_uuid  uuid NOT NULL,
  sale_uuid   uuid NOT NULL,
  store_code  text NOT NULL,
  till_code   text NOT NULL,
  returned_at timestamptz NOT NULL,
  total_minor bigint NOT NULL,
  detail      jsonb NOT NULL
);

-- Ledgers are sets of entries keyed by UUID: merging two stores' copies is a union.
CREATE TABLE hq.points_ledger (
  uuid        uuid PRIMARY KEY,
  member_uuid uuid NOT NULL,
  store_code  text NOT NULL,
  till_code   text NOT NULL,
  points      bigint NOT NULL,
  reason      text NOT NULL,
  sale_uuid   uuid,
  at          timestamptz NOT NULL,
  event_uuid  uuid NOT NULL
);
CREATE INDEX points_by_member ON hq.points_ledger(member_uuid);

CREATE TABLE hq.wallet_ledger (
  uuid            uuid PRIMARY KEY,
  member_uuid     uuid NOT NULL,
  store_code      text NOT NULL,
  till_code       text NOT NULL,
  principal_minor bigint NOT NULL,
  bonus_minor     bigint NOT NULL,
  reason          text NOT NULL,
  sale_uuid       uuid,
  at              timestamptz NOT NULL,
  event_uuid      uuid NOT NULL
);
CREATE INDEX wallet_by_member ON hq.wallet_ledger(member_uuid);

CREATE TABLE hq.shifts (
  uuid       uuid PRIMARY KEY,
  store_code text NOT NULL,
  till_code  text NOT NULL,
  cashier    text,
  opened_at  timestamptz NOT NULL,
  closed_at  timestamptz NOT NULL,
  summary    jsonb NOT NULL
);

-- The last audit-chain hash each till reported: a till's chain can later be checked against it.
CREATE TABLE hq.audit_anchors (
  store_code text NOT NULL,
  till_code  text NOT NULL,
  audit_id   bigint NOT NULL,
  hash       text NOT NULL,
  at         timestamptz NOT NULL,
  PRIMARY KEY (store_code, till_code, audit_id)
);

-- What a manager must look at: never fixed silently.
CREATE TABLE hq.conflicts (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('duplicate_mobile', 'negative_points', 'negative_wallet')),
  subject     text NOT NULL,
  member_uuid uuid NOT NULL,
  other_uuid  uuid,
  store_code  text,
  details     jsonb NOT NULL,
  detected_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolution  text
);
CREATE UNIQUE INDEX conflicts_open ON hq.conflicts(kind, subject) WHERE resolved_at IS NULL;

CREATE TABLE hq.clock_drift (
  id        bigserial PRIMARY KEY,
  till_id   int NOT NULL REFERENCES hq.tills(id),
  till_time timestamptz NOT NULL,
  hq_time   timestamptz NOT NULL,
  drift_ms  bigint NOT NULL,
  warned    boolean NOT NULL
);

-- Maintained centrally; tills receive them by pull.
CREATE TABLE hq.products (
  code               text PRIMARY KEY,
  barcode            text,
  name               text NOT NULL,
  price_minor        bigint NOT NULL CHECK (price_minor >= 0),
  member_price_minor bigint CHECK (member_price_minor >= 0),
  cost_minor         bigint,
  tax_rate_bp        int NOT NULL DEFAULT 0,
  category           text,
  unit               text,
  active             boolean NOT NULL DEFAULT true,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE hq.promotions (
  code       text PRIMARY KEY,
  name       text NOT NULL,
  definition jsonb NOT NULL,
  active     boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE hq.rules (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The change log tills pull from. xid is the writing transaction: a page only holds rows whose
-- transaction is older than every transaction still running (the snapshot's xmin), ordered by
-- (xid, seq). A row whose transaction commits late has an xid below that horizon only once it
-- has committed, so it can never fall behind a cursor that already moved past it.
CREATE TABLE hq.changes (
  seq         bigserial PRIMARY KEY,
  xid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
  kind        text NOT NULL,
  key         text NOT NULL,
  member_uuid uuid,
  origin_till int,
  data        jsonb
);
CREATE INDEX changes_order ON hq.changes(xid, seq);

CREATE FUNCTION hq.log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
  INSERT INTO hq.changes(kind, key, member_uuid, origin_till, data)
  VALUES (TG_ARGV[0], r ->> TG_ARGV[1],
          CASE WHEN TG_NARGS > 2 THEN (r ->> TG_ARGV[2])::uuid END,
          nullif(current_setting('hq.origin_till', true), '')::int,
          CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE r END);
  RETURN NULL;
END $$;

CREATE TRIGGER products_log AFTER INSERT OR UPDATE OR DELETE ON hq.products
  FOR EACH ROW EXECUTE FUNCTION hq.log_change('product', 'code');
CREATE TRIGGER promotions_log AFTER INSERT OR UPDATE OR DELETE ON hq.promotions
  FOR EACH ROW EXECUTE FUNCTION hq.log_change('promotion', 'code');
CREATE TRIGGER rules_log AFTER INSERT OR UPDATE OR DELETE ON hq.rules
  FOR EACH ROW EXECUTE FUNCTION hq.log_change('rule', 'key');
CREATE TRIGGER members_log AFTER INSERT OR UPDATE ON hq.members
  FOR EACH ROW EXECUTE FUNCTION hq.log_change('member', 'uuid', 'uuid');
CREATE TRIGGER points_log AFTER INSERT ON hq.points_ledger
  FOR EACH ROW EXECUTE FUNCTION hq.log_change('points', 'uuid', 'member_uuid');
CREATE TRIGGER wallet_log AFTER INSERT ON hq.wallet_ledger
  FOR EACH ROW EXECUTE FUNCTION hq.log_change('wallet', 'uuid', 'member_uuid');
)sql";
}

} // namespace patron::hqsql
