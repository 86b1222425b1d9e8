// Head-office schema version 1: the only door a till has. These functions run as the schema
// owner (SECURITY DEFINER) with a fixed search_path, and first establish which till is calling
// from its login role, so a till can act only as itself.

#include "hq/HqSchemaSteps.h"

namespace patron::hqsql {

const char* v1TillApi()
{
    return R"sql(
CREATE FUNCTION hq.caller_till() RETURNS hq.tills
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills;
BEGIN
  SELECT * INTO t FROM hq.tills WHERE role_name = session_user;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the role % is not a till of this head office', session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF t.revoked_at IS NOT NULL THEN
    RAISE EXCEPTION 'till % was revoked on %', t.code, t.revoked_at USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN t;
END $$;

-- One batch, one transaction: the caller's statement. Each event is stored once by UUID and
-- applied once; a batch sent again (the acknowledgement was lost) only counts duplicates.
CREATE FUNCTION hq.push_events(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  store text;
  e jsonb;
  ev hq.events;
  outcome text;
  counts jsonb := '{"applied": 0, "duplicate": 0, "unknown_type": 0, "unsupported_version": 0, "rejected": 0}';
BEGIN
  -- The till marks events pushed once this commit is acknowledged, so the acknowledgement must
  -- mean durable, whatever the server's default: with synchronous_commit off, a crash right
  -- after the reply would lose events the till has already let go of.
  PERFORM set_config('synchronous_commit', 'on', true);
  SELECT code INTO store FROM hq.stores WHERE id = t.store_id;
  PERFORM set_config('hq.origin_till', t.id::text, true);
  FOR e IN SELECT * FROM jsonb_array_elements(coalesce(batch -> 'events', '[]')) LOOP
    IF e ->> 'store' IS DISTINCT FROM store OR e ->> 'till' IS DISTINCT FROM t.code THEN
      RAISE EXCEPTION 'event % claims to come from %/%, but this is till %/%',
        e ->> 'uuid', e ->> 'store', e ->> 'till', store, t.code USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO hq.events(uuid, till_id, store_code, till_code, type, version, hlc, payload, created_at)
    VALUES ((e ->> 'uuid')::uuid, t.id, store, t.code, e ->> 'type', (e ->> 'version')::int, e ->> 'hlc',
            coalesce(e -> 'payload', '{}'), (e ->> 'created_at')::timestamptz)
    ON CONFLICT (uuid) DO NOTHING
    RETURNING * INTO ev;
    IF NOT FOUND THEN
      outcome := 'duplicate';
    ELSE
      outcome := hq.apply_event(ev);
    END IF;
    counts := jsonb_set(counts, ARRAY[outcome], to_jsonb((counts ->> outcome)::int + 1));
  END LOOP;
  UPDATE hq.tills SET last_push_at = now() WHERE id = t.id;
  RETURN counts || jsonb_build_object('hq_time', now());
END $$;

-- The pull cursor is "c1.<xid>.<seq>": the last change handed out, in (xid, seq) order. Only
-- changes whose transaction is older than every running one are handed out, so a transaction
-- that commits late is never behind the cursor (see hq.changes). Opaque to the till.
CREATE FUNCTION hq.pull(cursor text, max_rows int) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  home text;
  horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
  after_xid xid8 := '0';
  after_seq bigint := 0;
  scanned int := 0;
  items jsonb[] := '{}';
  c hq.changes;
BEGIN
  IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
    RAISE EXCEPTION 'a pull takes 1 to 10000 rows, not %', max_rows USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF coalesce(cursor, '') <> '' THEN
    IF cursor !~ '^c1\.[0-9]+\.[0-9]+$' THEN
      RAISE EXCEPTION 'malformed pull cursor "%"', cursor USING ERRCODE = 'invalid_parameter_value';
    END IF;
    after_xid := split_part(cursor, '.', 2)::xid8;
    after_seq := split_part(cursor, '.', 3)::bigint;
  END IF;
  SELECT code INTO home FROM hq.stores WHERE id = t.store_id;
  FOR c IN SELECT * FROM hq.changes
           WHERE (xid, seq) > (after_xid, after_seq) AND xid < horizon
           ORDER BY xid, seq LIMIT max_rows LOOP
    scanned := scanned + 1;
    after_xid := c.xid;
    after_seq := c.seq;
    IF c.kind IN ('product', 'promotion', 'rule')
       OR (c.kind = 'member'
           AND (c.data ->> 'home_store' = home
                OR EXISTS (SELECT 1 FROM hq.till_members tm WHERE tm.till_id = t.id AND tm.member_uuid = c.member_uuid)))
       OR (c.kind IN ('points', 'wallet') AND c.origin_till IS DISTINCT FROM t.id
           AND (EXISTS (SELECT 1 FROM hq.till_members tm WHERE tm.till_id = t.id AND tm.member_uuid = c.member_uuid)
                OR EXISTS (SELECT 1 FROM hq.members m WHERE m.uuid = c.member_uuid AND m.home_store = home))) THEN
      items := items || jsonb_build_object('kind', c.kind, 'key', c.key, 'data', c.data);
    END IF;
  END LOOP;
  RETURN jsonb_build_object('cursor', format('c1.%s.%s', after_xid, after_seq),
                            'more', scanned = max_rows,
                            'changes', to_jsonb(items));
END $$;

-- Clock drift: the till's clock when it sent the request against head office's. Every sample is
-- kept; the threshold is head office's to set (hq.config drift_warn_ms).
CREATE FUNCTION hq.clock_check(till_time timestamptz) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  drift bigint := round(extract(epoch FROM (till_time - clock_timestamp())) * 1000);
  warn_ms bigint := (SELECT value::bigint FROM hq.config WHERE key = 'drift_warn_ms');
BEGIN
  INSERT INTO hq.clock_drift(till_id, till_time, hq_time, drift_ms, warned)
  VALUES (t.id, till_time, clock_timestamp(), drift, abs(drift) > warn_ms);
  RETURN jsonb_build_object('hq_time', clock_timestamp(), 'drift_ms', drift, 'warn_ms', warn_ms);
END $$;

-- A member unknown at the till, looked up online by mobile or card number. The till learns the
-- member's profile and ledgers and, from now on, pulls their changes.
CREATE FUNCTION hq.lookup_member(query text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hq, pg_catalog, pg_temp AS $$
DECLARE
  t hq.tills := hq.caller_till();
  found jsonb[] := '{}';
  m hq.members;
BEGIN
  IF coalesce(btrim(query), '') = '' THEN
    RAISE EXCEPTION 'an empty member lookup' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR m IN SELECT * FROM hq.members WHERE erased_at IS NULL AND (mobile = query OR card_no = query) LOOP
    PERFORM hq.note_member(t.id, m.uuid);
    found := found || jsonb_build_object(
      'member', to_jsonb(m),
      'points', coalesce((SELECT jsonb_agg(to_jsonb(p) ORDER BY p.at) FROM hq.points_ledger p WHERE p.member_uuid = m.uuid), '[]'),
      'wallet', coalesce((SELECT jsonb_agg(to_jsonb(w) ORDER BY w.at) FROM hq.wallet_ledger w WHERE w.member_uuid = m.uuid), '[]'));
  END LOOP;
  RETURN to_jsonb(found);
END $$;
)sql";
}

} // namespace patron::hqsql
