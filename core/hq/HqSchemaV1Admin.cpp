// Head-office schema version 1: provisioning, run by the head-office administrator (never
// granted to tills). Role DDL cannot take bind parameters, so it is built here, server-side,
// with format('%I', '%L') quoting, and the client only ever sends parameters.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v1Admin()
{
    return R"sql(
CREATE FUNCTION hq.add_store(store_code text, store_name text) RETURNS int
LANGUAGE sql AS $$
  INSERT INTO hq.stores(code, name) VALUES (store_code, btrim(store_name)) RETURNING id
$$;

-- A till gets its own LOGIN role, a member of the till group, which may only call the till API.
CREATE FUNCTION hq.add_till(store_code text, till_code text, password text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  s int;
  tid int;
  r text;
BEGIN
  SELECT id INTO s FROM hq.stores WHERE code = store_code;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'there is no store %', store_code USING ERRCODE = 'no_data_found';
  END IF;
  IF length(coalesce(password, '')) < 16 THEN
    RAISE EXCEPTION 'a till password needs at least 16 characters' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  tid := nextval(pg_get_serial_sequence('hq.tills', 'id'));
  r := hq.role_prefix() || '_till_' || tid;
  INSERT INTO hq.tills(id, store_id, code, role_name) VALUES (tid, s, till_code, r);
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT 8 IN ROLE %I',
                 r, password, hq.role_prefix() || '_tills');
  RETURN r;
END $$;

-- A stolen or retired till: its role can no longer log in, and the till API refuses it even on a
-- connection that is still open.
CREATE FUNCTION hq.revoke_till(store_code text, till_code text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  r text;
BEGIN
  UPDATE hq.tills t SET revoked_at = coalesce(t.revoked_at, now())
    FROM hq.stores s
   WHERE s.id = t.store_id AND s.code = store_code AND t.code = till_code
  RETURNING t.role_name INTO r;
  IF r IS NULL THEN
    RAISE EXCEPTION 'there is no till %/%', store_code, till_code USING ERRCODE = 'no_data_found';
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', r);
  RETURN r;
END $$;

-- After an upgrade that taught head office new event types or formats: apply what was kept.
CREATE FUNCTION hq.reapply() RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  ev hq.events;
  outcome text;
  counts jsonb := '{}';
BEGIN
  FOR ev IN SELECT * FROM hq.events WHERE status <> 'applied' ORDER BY seq FOR UPDATE LOOP
    PERFORM set_config('hq.origin_till', ev.till_id::text, true);
    outcome := hq.apply_event(ev);
    counts := counts || jsonb_build_object(outcome, coalesce((counts ->> outcome)::int, 0) + 1);
  END LOOP;
  RETURN counts;
END $$;
)sql";
}

const char* grants()
{
    return R"sql(
-- The till group is per database (hq.role_prefix()); a database copied from another (a template,
-- a restored dump) starts without its own, so it is made here too, not only by step 1.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = hq.role_prefix() || '_tills') THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', hq.role_prefix() || '_tills');
  END IF;
END $$;
REVOKE ALL ON SCHEMA hq FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA hq FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA hq FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA hq FROM PUBLIC;
DO $$
DECLARE
  g text := hq.role_prefix() || '_tills';
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA hq TO %I', g);
  EXECUTE format('GRANT EXECUTE ON FUNCTION hq.push_events(jsonb), hq.pull(text, int), '
                 'hq.clock_check(timestamptz), hq.lookup_member(text), '
                 'hq.reserve_wallet(uuid, uuid, bigint, jsonb), hq.release_wallet(uuid), '
                 'hq.own_entries(bigint, int), hq.own_receipts(), hq.sale_for_return(text, bigint), '
                 'hq.reserve_return(uuid, uuid, jsonb, jsonb), hq.release_return(uuid), hq.confirm_return(uuid), '
                 'hq.own_sales(bigint, int) TO %I', g);
END $$;
)sql";
}

} // namespace patron::hqsql
